'use strict';
// buf.fill with numbers, strings in each encoding (multi-byte patterns cut
// at the end), buffers, other values, ranges, and its errors.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');
const buf = () => Buffer.alloc(5);

assert.strictEqual(hex(buf().fill(0x41)), '4141414141');
assert.strictEqual(hex(buf().fill(257)), '0101010101');
assert.strictEqual(hex(buf().fill(-1)), 'ffffffffff');
assert.strictEqual(hex(buf().fill('ab')), '6162616261');
assert.strictEqual(hex(buf().fill('')), '0000000000');
assert.strictEqual(hex(buf().fill('\u0222')), 'c8a2c8a2c8');  // cut mid-character
assert.strictEqual(hex(buf().fill('é', 'latin1')), 'e9e9e9e9e9');
assert.strictEqual(hex(buf().fill('ab', 'ucs2')), '6100620061');
assert.strictEqual(hex(buf().fill('abc', 'hex')), 'abababab' + 'ab');
assert.strictEqual(hex(buf().fill('YWI=', 'base64')), '6162616261');
assert.strictEqual(hex(buf().fill(Buffer.from([1, 2]))), '0102010201');
assert.strictEqual(hex(buf().fill(new Uint16Array([0x0102]))), '0201020102');
assert.strictEqual(hex(buf().fill(true)), '0101010101');
assert.strictEqual(hex(buf().fill({})), '0000000000');

// Ranges: fill(value, offset[, end][, encoding]).
assert.strictEqual(hex(buf().fill('a', 1, 3)), '0061610000');
assert.strictEqual(hex(buf().fill('a', 3)), '0000006161');
assert.strictEqual(hex(buf().fill('6162', 1, 'hex')), '0061626162');
assert.strictEqual(hex(buf().fill('a', 3, 1)), '0000000000');
const same = buf();
assert.strictEqual(same.fill(1), same);

assert.throws(() => buf().fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => buf().fill(Buffer.alloc(0)), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received <Buffer >",
});
assert.throws(() => buf().fill('a', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: /"offset" is out of range/,
});
assert.throws(() => buf().fill('a', 1, 10), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 5. ' +
    'Received 10',
});
assert.throws(() => buf().fill(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => buf().fill(1n), { name: 'TypeError' });
