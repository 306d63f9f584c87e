'use strict';
// The errors of the integer readers and writers: offsets outside the buffer
// or not integers, byteLength outside 1-6, values outside the type's range.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.alloc(5);
const range = (name, range, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${range}. ` +
    `Received ${received}`,
});

assert.throws(() => buf.readUInt8(5), range('offset', '>= 0 and <= 4', 5));
assert.throws(() => buf.readUInt8(-1), range('offset', '>= 0 and <= 4', -1));
assert.throws(() => buf.readUInt8(1.5), range('offset', 'an integer', 1.5));
assert.throws(() => buf.readUInt16LE(4), range('offset', '>= 0 and <= 3', 4));
assert.throws(() => buf.readInt32BE(2), range('offset', '>= 0 and <= 1', 2));
assert.throws(() => buf.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "offset" argument must be of type number. ' +
    "Received type string ('1')",
});
assert.throws(() => Buffer.alloc(1).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => Buffer.alloc(0).readInt8(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

assert.throws(() => buf.readUIntLE(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received undefined',
});
assert.throws(() => buf.readUIntLE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => buf.readIntBE(0, 7), range('byteLength', '>= 1 and <= 6', 7));
assert.throws(() => buf.readIntBE(0, 0), range('byteLength', '>= 1 and <= 6', 0));
assert.throws(() => buf.writeUIntLE(1, 0, 1.5),
              range('byteLength', 'an integer', 1.5));
assert.throws(() => buf.readUIntLE(1, 5), range('offset', '>= 0 and <= 0', 1));

assert.throws(() => buf.writeUInt8(256), range('value', '>= 0 and <= 255', 256));
assert.throws(() => buf.writeInt8(-129), range('value', '>= -128 and <= 127', -129));
assert.throws(() => buf.writeUInt16LE(65536),
              range('value', '>= 0 and <= 65535', 65536));
assert.throws(() => buf.writeUInt32BE(2 ** 32),
              range('value', '>= 0 and <= 4294967295', 4294967296));
assert.throws(() => buf.writeInt32LE(2 ** 31),
              range('value', '>= -2147483648 and <= 2147483647', 2147483648));
assert.throws(() => Buffer.alloc(6).writeUIntLE(2 ** 48, 0, 6),
              range('value', '>= 0 and < 2 ** 48', '281_474_976_710_656'));
assert.throws(() => Buffer.alloc(6).writeIntBE(2 ** 47, 0, 6),
              range('value', '>= -(2 ** 47) and < 2 ** 47', '140_737_488_355_328'));
assert.throws(() => buf.writeIntLE(2 ** 39, 0, 5),
              range('value', '>= -(2 ** 39) and < 2 ** 39', '549_755_813_888'));
assert.throws(() => buf.writeUInt8(1, 5), range('offset', '>= 0 and <= 4', 5));
assert.throws(() => buf.writeUInt32LE(1, 2), range('offset', '>= 0 and <= 1', 2));
assert.throws(() => buf.writeUInt16BE(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(1).writeUInt16LE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
// The value is checked before the offset's type, except for single bytes.
assert.throws(() => buf.writeUInt16LE(-1, 'x'), { message: /"value"/ });
assert.throws(() => buf.writeUInt8(-1, 'x'), { message: /"offset"/ });
assert.strictEqual(buf.toString('hex'), '0000000000');
