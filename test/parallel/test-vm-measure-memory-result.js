'use strict';
// vm.measureMemory: V8's estimate for the main context (summary) or for
// every context (detailed), with eager execution.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

common.expectWarning('ExperimentalWarning',
                     'vm.measureMemory is an experimental feature and might ' +
                     'change at any time');

function checkEstimate(estimate) {
  assert.strictEqual(typeof estimate.jsMemoryEstimate, 'number');
  assert.ok(Array.isArray(estimate.jsMemoryRange));
  assert.strictEqual(estimate.jsMemoryRange.length, 2);
  assert.ok(estimate.jsMemoryRange[0] <= estimate.jsMemoryRange[1]);
}

const summary = vm.measureMemory({ execution: 'eager' });
assert.ok(summary instanceof Promise);
summary.then(common.mustCall((result) => {
  assert.deepStrictEqual(Object.keys(result), ['total']);
  checkEstimate(result.total);
}));

const context = vm.createContext({ a: 1 });
vm.measureMemory({ mode: 'detailed', execution: 'eager' })
  .then(common.mustCall((result) => {
    assert.strictEqual(context.a, 1);
    assert.deepStrictEqual(Object.keys(result), ['total', 'current', 'other']);
    checkEstimate(result.total);
    checkEstimate(result.current);
    assert.ok(result.other.length >= 1);
    result.other.forEach(checkEstimate);
  }));
