'use strict';
// v8.getHeapStatistics / getHeapSpaceStatistics / getHeapCodeStatistics:
// node's field names in node's order, numbers that describe a live heap.
require('../common');
const assert = require('assert');
const v8 = require('v8');

const stats = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(stats), [
  'total_heap_size',
  'total_heap_size_executable',
  'total_physical_size',
  'total_available_size',
  'used_heap_size',
  'heap_size_limit',
  'malloced_memory',
  'peak_malloced_memory',
  'does_zap_garbage',
  'number_of_native_contexts',
  'number_of_detached_contexts',
  'total_global_handles_size',
  'used_global_handles_size',
  'external_memory',
]);
for (const [key, value] of Object.entries(stats)) {
  assert.strictEqual(typeof value, 'number', key);
  assert.ok(Number.isInteger(value) && value >= 0, `${key}: ${value}`);
}
assert.ok(stats.used_heap_size > 0);
assert.ok(stats.used_heap_size <= stats.total_heap_size);
assert.ok(stats.total_heap_size <= stats.heap_size_limit);
assert.ok(stats.number_of_native_contexts >= 1);
assert.ok(stats.does_zap_garbage === 0 || stats.does_zap_garbage === 1);

// A fresh object each call.
assert.notStrictEqual(v8.getHeapStatistics(), v8.getHeapStatistics());

// An ArrayBuffer's memory shows in external_memory.
const before = v8.getHeapStatistics().external_memory;
const big = new ArrayBuffer(16 * 1024 * 1024);
assert.ok(v8.getHeapStatistics().external_memory >= before + big.byteLength);

// A new context is counted.
const contexts = v8.getHeapStatistics().number_of_native_contexts;
const vm = require('vm');
const context = vm.createContext({});
assert.ok(v8.getHeapStatistics().number_of_native_contexts > contexts);
assert.ok(context);

const spaces = v8.getHeapSpaceStatistics();
assert.ok(Array.isArray(spaces) && spaces.length > 0);
const names = spaces.map((s) => s.space_name);
for (const name of ['new_space', 'old_space', 'code_space',
  'large_object_space', 'new_large_object_space', 'code_large_object_space']) {
  assert.ok(names.includes(name), name);
}
for (const space of spaces) {
  assert.deepStrictEqual(Object.keys(space), [
    'space_name',
    'space_size',
    'space_used_size',
    'space_available_size',
    'physical_space_size',
  ]);
  for (const key of Object.keys(space).slice(1)) {
    assert.ok(Number.isInteger(space[key]) && space[key] >= 0);
  }
  assert.ok(space.space_used_size <= space.space_size ||
            space.space_name.includes('large'), space.space_name);
}
const oldSpace = spaces.find((s) => s.space_name === 'old_space');
assert.ok(oldSpace.space_used_size > 0);

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code), [
  'code_and_metadata_size',
  'bytecode_and_metadata_size',
  'external_script_source_size',
  'cpu_profiler_metadata_size',
]);
for (const value of Object.values(code)) {
  assert.ok(Number.isInteger(value) && value >= 0);
}
assert.ok(code.bytecode_and_metadata_size > 0);
