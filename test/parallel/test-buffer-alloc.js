'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow: sizes, fill values, the
// 8 KiB pool behind small allocUnsafe, and the size errors.
require('../common');
const assert = require('assert');
const { Buffer, kMaxLength } = require('buffer');

assert.strictEqual(Buffer.poolSize, 8192);

const zeros = Buffer.alloc(10);
assert.ok(zeros instanceof Buffer);
assert.ok(zeros instanceof Uint8Array);
assert.strictEqual(zeros.length, 10);
assert.deepStrictEqual([...zeros], new Array(10).fill(0));
// alloc never uses the pool.
assert.strictEqual(zeros.buffer.byteLength, 10);
assert.strictEqual(Buffer.alloc(0).length, 0);
assert.strictEqual(Buffer.alloc(1.7).length, 1);

// Fill values: numbers (mod 256), strings with encodings, buffers.
assert.deepStrictEqual([...Buffer.alloc(4, 0x101)], [1, 1, 1, 1]);
assert.strictEqual(Buffer.alloc(5, 'abc').toString(), 'abcab');
assert.strictEqual(Buffer.alloc(5, 'YWJj', 'base64').toString(), 'abcab');
assert.strictEqual(Buffer.alloc(4, '6162', 'hex').toString(), 'abab');
assert.strictEqual(Buffer.alloc(5, 'ab', 'ucs2').toString('hex'), '6100620061');
assert.strictEqual(Buffer.alloc(5, '€').toString('hex'), 'e282ace282');
assert.strictEqual(Buffer.alloc(3, Buffer.from([1, 2])).toString('hex'), '010201');
assert.strictEqual(Buffer.alloc(3, 0, 'unknown').toString('hex'), '000000');
assert.throws(() => Buffer.alloc(3, 'ab', 'unknown'),
              { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError',
                message: 'Unknown encoding: unknown' });
assert.throws(() => Buffer.alloc(3, 'zz', 'hex'),
              { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });

// Small allocUnsafe buffers share the pool; big ones and Slow ones do not.
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(3);
assert.strictEqual(a.buffer, b.buffer);
assert.strictEqual(a.buffer.byteLength, Buffer.poolSize);
assert.strictEqual(b.byteOffset - a.byteOffset, 8);  // 8-byte aligned
assert.strictEqual(Buffer.allocUnsafe(Buffer.poolSize >>> 1).buffer.byteLength,
                   Buffer.poolSize >>> 1);
assert.strictEqual(Buffer.allocUnsafeSlow(5).buffer.byteLength, 5);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  assert.throws(() => fn(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "size" is out of range. It must be >= 0 && ' +
      `<= ${kMaxLength}. Received -1`,
  });
  assert.throws(() => fn(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fn(2 ** 33), {
    code: 'ERR_OUT_OF_RANGE',
    message: /Received 8_589_934_592$/,
  });
  assert.throws(() => fn('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "size" argument must be of type number. ' +
      "Received type string ('1')",
  });
}
