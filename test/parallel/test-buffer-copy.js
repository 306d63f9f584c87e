'use strict';
// buf.copy: target/source ranges, overlapping copies within one buffer,
// coercion of the offsets, and their range errors.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const src = Buffer.from('abcdef');
const dst = Buffer.alloc(4, 0x2e);
assert.strictEqual(src.copy(dst), 4);
assert.strictEqual(dst.toString(), 'abcd');
assert.strictEqual(src.copy(dst, 1, 4), 2);
assert.strictEqual(dst.toString(), 'aefd');
assert.strictEqual(src.copy(dst, 0, 2, 3), 1);
assert.strictEqual(dst.toString(), 'cefd');
assert.strictEqual(src.copy(dst, 4), 0);
assert.strictEqual(src.copy(dst, 0, 3, 3), 0);
assert.strictEqual(src.copy(new Uint8Array(2)), 2);
assert.strictEqual(src.copy(dst, '1', '1.5', 'x'), 0);
assert.strictEqual(src.copy(dst, 1.5, 0.5), 3);
assert.strictEqual(dst.toString(), 'cabc');

// Overlap: memmove semantics.
const overlap = Buffer.from('abcdef');
overlap.copy(overlap, 2, 0, 4);
assert.strictEqual(overlap.toString(), 'ababcd');
overlap.copy(overlap, 0, 2);
assert.strictEqual(overlap.toString(), 'abcdcd');

assert.throws(() => src.copy('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('x')",
});
assert.throws(() => Buffer.prototype.copy.call('x', dst), { message: /"source"/ });
assert.throws(() => src.copy(dst, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => src.copy(dst, 0, 10), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 6. ' +
    'Received 10',
});
assert.throws(() => src.copy(dst, 0, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
});
