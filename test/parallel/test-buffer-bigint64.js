'use strict';
// readBig[U]Int64LE/BE and writeBig[U]Int64LE/BE: values, range errors with
// BigInt-formatted bounds, and the TypeError for a Number value.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('0102030405060708', 'hex');
assert.strictEqual(buf.readBigUInt64BE(), 0x0102030405060708n);
assert.strictEqual(buf.readBigUInt64LE(), 0x0807060504030201n);
assert.strictEqual(Buffer.alloc(8, 0xff).readBigInt64LE(), -1n);
assert.strictEqual(Buffer.alloc(8, 0xff).readBigUInt64BE(), 2n ** 64n - 1n);
assert.strictEqual(buf.readBigUint64LE, buf.readBigUInt64LE);

const out = Buffer.alloc(9);
assert.strictEqual(out.writeBigInt64LE(-2n), 8);
assert.strictEqual(out.toString('hex'), 'feffffffffffffff00');
assert.strictEqual(out.writeBigUInt64BE(0x0102030405060708n, 1), 9);
assert.strictEqual(out.toString('hex'), 'fe0102030405060708');
assert.strictEqual(out.writeBigInt64BE(-(2n ** 63n)), 8);
assert.strictEqual(out.readBigInt64BE(), -(2n ** 63n));

assert.throws(() => out.writeBigUInt64LE(-1n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0n and ' +
    '< 2n ** 64n. Received -1n',
});
assert.throws(() => out.writeBigInt64LE(2n ** 63n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) ' +
    'and < 2n ** 63n. Received 9_223_372_036_854_775_808n',
});
assert.throws(() => out.writeBigInt64LE(1), { name: 'TypeError' });
assert.throws(() => out.writeBigUInt64LE(1n, 2), {
  code: 'ERR_OUT_OF_RANGE',
  message: /It must be >= 0 and <= 1\. Received 2$/,
});
assert.throws(() => Buffer.alloc(7).readBigInt64BE(), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
});
