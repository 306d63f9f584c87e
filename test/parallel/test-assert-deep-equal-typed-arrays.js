'use strict';
// Typed arrays and buffers compare type and bytes.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
assert.notDeepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]));
assert.notDeepStrictEqual(new Uint8Array([1]), new Int8Array([1]));
assert.notDeepStrictEqual(new Float64Array([0]), new Float64Array([-0]));
assert.deepStrictEqual(new Float64Array([NaN]), new Float64Array([NaN]));
assert.notDeepEqual(new Float64Array([NaN]), new Float64Array([NaN]));
assert.deepStrictEqual(new ArrayBuffer(4), new ArrayBuffer(4));
assert.notDeepStrictEqual(new ArrayBuffer(4), new ArrayBuffer(5));
assert.notDeepStrictEqual(new ArrayBuffer(4), new SharedArrayBuffer(4));
const view = new Uint8Array(new ArrayBuffer(8), 2, 3);
view.set([7, 8, 9]);
assert.deepStrictEqual(view, new Uint8Array([7, 8, 9]));
assert.deepStrictEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
const tagged = new Uint8Array(1);
tagged.extra = 1;
assert.notDeepStrictEqual(tagged, new Uint8Array(1));
