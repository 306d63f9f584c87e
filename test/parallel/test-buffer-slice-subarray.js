'use strict';
// subarray / slice: views sharing memory, negative and out-of-range bounds,
// non-integer bounds, and Buffer results.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('abcdef');
const view = buf.subarray(1, 3);
assert.ok(view instanceof Buffer);
assert.strictEqual(view.toString(), 'bc');
view[0] = 0x42;
assert.strictEqual(buf.toString(), 'aBcdef');
assert.strictEqual(view.buffer, buf.buffer);
assert.strictEqual(view.byteOffset, buf.byteOffset + 1);

const s = (start, end) => buf.subarray(start, end).toString();
assert.strictEqual(s(-2), 'ef');
assert.strictEqual(s(1, -1), 'Bcde');
assert.strictEqual(s(4, 2), '');
assert.strictEqual(s(NaN, '3'), 'aBc');
assert.strictEqual(s(2.7, Infinity), 'cdef');
assert.strictEqual(s(-100, 100), 'aBcdef');
assert.strictEqual(s(undefined, 0), '');
assert.strictEqual(buf.slice(1, -1).toString(), 'Bcde');
assert.strictEqual(buf.slice().buffer, buf.buffer);

// TypedArray methods that make new arrays give Buffers too.
assert.ok(buf.map((x) => x) instanceof Buffer);
assert.strictEqual(buf.filter(() => true).constructor.name, 'Buffer');
