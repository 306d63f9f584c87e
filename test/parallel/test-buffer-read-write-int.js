'use strict';
// Reading and writing 8/16/32-bit and 1-6 byte integers, both byte orders,
// signed and unsigned, and the lower-case Uint aliases.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xfe, 0xff, 0x80, 0x7f]);
assert.strictEqual(buf.readUInt8(), 1);
assert.strictEqual(buf.readInt8(5), -1);
assert.strictEqual(buf.readUInt16LE(), 0x0201);
assert.strictEqual(buf.readUInt16BE(), 0x0102);
assert.strictEqual(buf.readInt16LE(4), -2);
assert.strictEqual(buf.readInt16BE(6), -32641);
assert.strictEqual(buf.readUInt32LE(), 0x04030201);
assert.strictEqual(buf.readUInt32BE(4), 0xfeff807f);
assert.strictEqual(buf.readInt32BE(4), -16809857);
assert.strictEqual(buf.readUIntLE(0, 6), 0xfffe04030201);
assert.strictEqual(buf.readUIntBE(0, 6), 0x01020304feff);
assert.strictEqual(buf.readIntLE(2, 6), 0x7f80fffe0403);
assert.strictEqual(buf.readIntBE(4, 3), -65664);
assert.strictEqual(buf.readIntLE(0, 5), 0xfe04030201 - 2 ** 40);
assert.strictEqual(buf.readIntBE(3, 5), 0x04feff807f);
assert.strictEqual(buf.readUint8, buf.readUInt8);
assert.strictEqual(buf.readUintBE, buf.readUIntBE);
assert.strictEqual(buf.writeUint32LE, buf.writeUInt32LE);

const out = Buffer.alloc(8);
assert.strictEqual(out.writeUInt8(255), 1);
assert.strictEqual(out.writeInt8(-2, 1), 2);
assert.strictEqual(out.writeUInt16BE(0xabcd, 2), 4);
assert.strictEqual(out.writeInt16LE(-1, 4), 6);
assert.strictEqual(out.toString('hex'), 'fffeabcdffff0000');
assert.strictEqual(out.writeUInt32LE(0xdeadbeef), 4);
assert.strictEqual(out.writeInt32BE(-2, 4), 8);
assert.strictEqual(out.toString('hex'), 'efbeaddefffffffe');
assert.strictEqual(out.writeUIntLE(0xabcdef123456, 2, 6), 8);
assert.strictEqual(out.toString('hex'), 'efbe563412efcdab');
assert.strictEqual(out.writeIntBE(-5, 1, 3), 4);
assert.strictEqual(out.toString('hex'), 'effffffb12efcdab');
assert.strictEqual(out.writeIntLE(-0x800000000000, 0, 6), 6);
assert.strictEqual(out.readIntLE(0, 6), -0x800000000000);
assert.strictEqual(out.writeUIntBE(0x1234, 0, 2), 2);
assert.strictEqual(out.readUInt16BE(), 0x1234);

// Values are coerced with ToNumber and stored truncated.
assert.strictEqual(out.writeUInt8('12'), 1);
assert.strictEqual(out[0], 12);
assert.strictEqual(out.writeUInt8(1.7), 1);
assert.strictEqual(out[0], 1);
assert.strictEqual(out.writeUInt16LE(NaN), 2);
assert.strictEqual(out.readUInt16LE(), 0);
assert.strictEqual(out.writeInt32BE(-1.5), 4);
assert.strictEqual(out.readInt32BE(), -1);
