'use strict';
// deepStrictEqual: Object.is for primitives, same prototypes and type tags,
// enumerable symbol keys compared.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(NaN, NaN);
assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
assert.notDeepStrictEqual(0, -0);
assert.notDeepStrictEqual([0], [-0]);
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepStrictEqual(Object.create(null), {});
class A {}
assert.notDeepStrictEqual(new A(), {});
const s = Symbol('s');
assert.deepStrictEqual({ [s]: 1 }, { [s]: 1 });
assert.notDeepStrictEqual({ [s]: 1 }, {});
assert.notDeepStrictEqual({ [s]: 1 }, { [s]: 2 });
const hidden = {};
Object.defineProperty(hidden, s, { value: 1, enumerable: false });
assert.deepStrictEqual(hidden, {});
assert.notDeepStrictEqual({ a: undefined }, {});
assert.notDeepStrictEqual([1, , 3], [1, undefined, 3]);
assert.deepStrictEqual([1, , 3], [1, , 3]);
assert.notDeepStrictEqual([], { length: 0 });
assert.deepStrictEqual(Object(1), Object(1));
assert.notDeepStrictEqual(Object(1), Object(2));
assert.notDeepStrictEqual(Object(0), Object(-0));
assert.notDeepStrictEqual(Object('a'), 'a');
assert.deepStrictEqual(Object(1n), Object(1n));
assert.notDeepStrictEqual(new Number(1), new String('1'));
const arr = [1];
arr.extra = true;
assert.notDeepStrictEqual(arr, [1]);
assert.throws(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }), {
  code: 'ERR_ASSERTION',
  operator: 'notDeepStrictEqual',
  message: 'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n',
});
assert.throws(() => assert.notDeepStrictEqual(1, 1), {
  message: 'Expected "actual" not to be strictly deep-equal to: 1',
});
