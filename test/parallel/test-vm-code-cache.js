'use strict';
// V8's code cache through vm: produceCachedData / createCachedData, consumed
// with cachedDataRejected false, rejected after a source change; the same
// for compileFunction.
require('../common');
const assert = require('assert');
const vm = require('vm');

const source = 'function add(a, b) { return a + b; }; add(20, 22)';

// produceCachedData (deprecated, still supported).
const produced = new vm.Script(source, { produceCachedData: true });
assert.strictEqual(produced.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(produced.cachedData));
assert.ok(produced.cachedData.length > 0);
assert.strictEqual(produced.cachedDataRejected, undefined);
assert.deepStrictEqual(Object.keys(produced),
                       ['cachedData', 'cachedDataProduced', 'sourceMapURL']);

// createCachedData, any time, any number of times.
const script = new vm.Script(source);
assert.strictEqual(script.cachedDataProduced, undefined);
assert.strictEqual(script.cachedDataRejected, undefined);
const before = script.createCachedData();
assert.ok(Buffer.isBuffer(before));
assert.strictEqual(script.runInThisContext(), 42);
const after = script.createCachedData();
assert.ok(Buffer.isBuffer(after));
assert.ok(after.length > 0);

// Round trip: accepted for the same source, in any view type.
for (const cachedData of [before, after, produced.cachedData,
                          new Uint8Array(after), new DataView(after.buffer,
                                                              after.byteOffset,
                                                              after.length)]) {
  const consumer = new vm.Script(source, { cachedData });
  assert.strictEqual(consumer.cachedDataRejected, false);
  assert.deepStrictEqual(Object.keys(consumer),
                         ['cachedDataRejected', 'sourceMapURL']);
  assert.strictEqual(consumer.runInThisContext(), 42);
}

// Rejected after a source change; the script still works.
const changed = new vm.Script(source.replace('22', '23 + 1'), { cachedData: after });
assert.strictEqual(changed.cachedDataRejected, true);
assert.strictEqual(changed.runInThisContext(), 44);
// Junk never breaks the script (whether V8 checks 4 bytes at once varies).
const junk = new vm.Script(source, { cachedData: Buffer.from('junk') });
assert.strictEqual(typeof junk.cachedDataRejected, 'boolean');
assert.strictEqual(junk.runInThisContext(), 42);

// Both: consumed, and produced again.
const both = new vm.Script(source, { cachedData: after, produceCachedData: true });
assert.deepStrictEqual(Object.keys(both), ['cachedDataRejected', 'cachedData',
                                           'cachedDataProduced',
                                           'sourceMapURL']);
assert.strictEqual(both.cachedDataRejected, false);
assert.strictEqual(both.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(both.cachedData));

// compileFunction.
const params = ['a', 'b'];
const body = 'return a * b';
const fn = vm.compileFunction(body, params, { produceCachedData: true });
assert.strictEqual(fn(6, 7), 42);
assert.strictEqual(fn.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(fn.cachedData));
assert.strictEqual(fn.cachedDataRejected, undefined);
const again = vm.compileFunction(body, params, { cachedData: fn.cachedData });
assert.strictEqual(again.cachedDataRejected, false);
assert.strictEqual(again.cachedDataProduced, undefined);
assert.strictEqual(again(2, 3), 6);
const other = vm.compileFunction('return a + b + 0', params,
                                 { cachedData: fn.cachedData });
assert.strictEqual(other.cachedDataRejected, true);
assert.strictEqual(other(2, 3), 5);
const plain = vm.compileFunction(body, params);
assert.strictEqual('cachedDataProduced' in plain, false);
assert.strictEqual('cachedDataRejected' in plain, false);
