'use strict';
// Maps and Sets compare their entries, objects by deep equality whatever
// their order.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(new Set([1, 2]), new Set([2, 1]));
assert.deepStrictEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
assert.notDeepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }]));
assert.notDeepStrictEqual(new Set([1]), new Set([1, 2]));
assert.notDeepStrictEqual(new Set(['1']), new Set([1]));
assert.deepStrictEqual(new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
assert.notDeepStrictEqual(new Map([[{}, 'a']]), new Map([[{}, 'b']]));
assert.notDeepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']]));
assert.deepStrictEqual(new Map([[NaN, 1]]), new Map([[NaN, 1]]));
assert.notDeepStrictEqual(new Map(), new Set());
// Loose mode matches primitives across types.
assert.deepEqual(new Set([1, '2']), new Set(['1', 2]));
assert.deepEqual(new Map([[null, 1]]), new Map([[undefined, 1]]));
assert.notDeepEqual(new Set([NaN]), new Set(['a']));
// Properties of the collection itself count too.
const withProp = new Map();
withProp.extra = 1;
assert.notDeepStrictEqual(withProp, new Map());
