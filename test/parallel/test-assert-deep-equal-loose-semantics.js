'use strict';
// deepEqual: == for primitives, prototypes ignored, symbol keys ignored.
require('../common');
const assert = require('assert');

assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual([1, 2], ['1', '2']);
assert.deepEqual(Object.create(null), {});
assert.deepEqual({ a: 1, [Symbol('s')]: 1 }, { a: 1 });
assert.deepEqual(new Float64Array([0]), new Float64Array([-0]));
assert.deepEqual(new Set([1]), new Set(['1']));
assert.deepEqual(new Map([[1, 'a']]), new Map([['1', 'a']]));
assert.deepEqual(null, undefined);
assert.deepEqual(NaN, NaN);
assert.notDeepEqual({ a: 1 }, { a: 2 });
assert.notDeepEqual([1], { 0: 1, length: 1 });
assert.notDeepEqual(new Date(0), new Date(1));
assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), {
  code: 'ERR_ASSERTION',
  operator: 'deepEqual',
  message: 'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
    'should loosely deep-equal\n\n{\n  a: 2\n}',
});
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: '1' }), {
  operator: 'notDeepEqual',
  message: 'Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
    "should not loosely deep-equal\n\n{\n  a: '1'\n}",
});
assert.throws(() => assert.notDeepEqual([1], [1]), {
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n[\n  1\n]',
});
