'use strict';

// The Buffer.prototype methods that read and write numbers: [U]Int8/16/32,
// [U]IntLE/BE of 1-6 bytes, Float/Double and BigInt64, LE and BE, with node's
// range checks and error messages (ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS,
// ERR_INVALID_ARG_TYPE). Installed by addNumberMethods(proto).

const {
  BigInt,
  Float32Array,
  Float64Array,
  MathFloor,
  Number,
  Uint16Array,
  Uint8Array,
} = primordials;

const {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;
const { validateNumber } = require('internal/validators');

// Scratch space for floats: the bytes of one float32/float64.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

// --- checks ------------------------------------------------------------------

// `value` (an offset or byteLength) is not usable; `length` is the largest
// valid offset (negative when the buffer is too short for any).
function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset',
                             `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Bytes offset .. offset + last must exist.
function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) {
    boundsError(offset, buf.length - (last + 1));
  }
}

// `value` must be in [min, max]; then the `last + 1` bytes must fit.
function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      const bits = (last + 1) * 8;
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      } else {
        range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

// --- integers: shared by every size ------------------------------------------

// The unsigned value of `size` bytes at `offset`.
function readUnsigned(buf, offset, size, littleEndian) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + size - 1];
  if (first === undefined || last === undefined) {
    boundsError(offset, buf.length - size);
  }
  let value = 0;
  let scale = 1;
  for (let i = 0; i < size; i++) {
    value += buf[littleEndian ? offset + i : offset + size - 1 - i] * scale;
    scale *= 256;
  }
  return value;
}

function readSigned(buf, offset, size, littleEndian) {
  const value = readUnsigned(buf, offset, size, littleEndian);
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

// Stores the low `size` bytes of `value` (already range-checked) at
// `offset`. Bytes 0-3 come from ToUint32(value), bytes 4-5 from
// floor(value / 2 ** 32), as typed-array stores truncate them.
function storeBytes(buf, value, offset, size, littleEndian) {
  const high = size > 4 ? MathFloor(value * 2 ** -32) : 0;
  for (let i = 0; i < size; i++) {
    let byte;
    if (i === 0) byte = value;
    else if (i < 4) byte = value >>> (8 * i);
    else if (i === 4) byte = high;
    else byte = high >>> 8;
    buf[littleEndian ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

function writeInteger(buf, value, offset, size, min, max, littleEndian) {
  value = +value;
  checkInt(value, min, max, buf, offset, size - 1);
  return storeBytes(buf, value, offset, size, littleEndian);
}

// One byte: the offset is validated before the value, as in node.
function writeByte(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  }
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

const kUnsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff,
                      0xffffffffffff];

function checkByteLength(byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && MathFloor(byteLength) === byteLength) {
    return byteLength;
  }
  boundsError(byteLength, 6, 'byteLength');
}

// --- reads -------------------------------------------------------------------

function readByte(buf, offset) {
  validateNumber(offset, 'offset');
  const value = buf[offset];
  if (value === undefined) boundsError(offset, buf.length - 1);
  return value;
}
function readUInt8(offset = 0) { return readByte(this, offset); }
function readInt8(offset = 0) {
  const value = readByte(this, offset);
  return value >= 0x80 ? value - 0x100 : value;
}
function readUInt16LE(offset = 0) { return readUnsigned(this, offset, 2, true); }
function readUInt16BE(offset = 0) { return readUnsigned(this, offset, 2, false); }
function readUInt32LE(offset = 0) { return readUnsigned(this, offset, 4, true); }
function readUInt32BE(offset = 0) { return readUnsigned(this, offset, 4, false); }
function readInt16LE(offset = 0) { return readSigned(this, offset, 2, true); }
function readInt16BE(offset = 0) { return readSigned(this, offset, 2, false); }
function readInt32LE(offset = 0) { return readSigned(this, offset, 4, true); }
function readInt32BE(offset = 0) { return readSigned(this, offset, 4, false); }

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  return readUnsigned(this, offset, checkByteLength(byteLength), true);
}
function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  return readUnsigned(this, offset, checkByteLength(byteLength), false);
}
function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  return readSigned(this, offset, checkByteLength(byteLength), true);
}
function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  return readSigned(this, offset, checkByteLength(byteLength), false);
}

// The two 32-bit halves of 8 bytes at `offset`: [low, high] as unsigned.
function readHalves(buf, offset, littleEndian) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) {
    boundsError(offset, buf.length - 8);
  }
  const first = littleEndian ? offset : offset + 4;
  const second = littleEndian ? offset + 4 : offset;
  return [readRaw32(buf, first, littleEndian), readRaw32(buf, second, littleEndian)];
}
function readRaw32(buf, offset, littleEndian) {
  let value = 0;
  for (let i = 0; i < 4; i++) {
    value += buf[littleEndian ? offset + i : offset + 3 - i] * 2 ** (8 * i);
  }
  return value;
}
function readBigUInt64LE(offset = 0) {
  const { 0: lo, 1: hi } = readHalves(this, offset, true);
  return BigInt(lo) + (BigInt(hi) << 32n);
}
function readBigUInt64BE(offset = 0) {
  const { 0: lo, 1: hi } = readHalves(this, offset, false);
  return BigInt(lo) + (BigInt(hi) << 32n);
}
function readBigInt64LE(offset = 0) {
  const { 0: lo, 1: hi } = readHalves(this, offset, true);
  return (BigInt(hi | 0) << 32n) + BigInt(lo);
}
function readBigInt64BE(offset = 0) {
  const { 0: lo, 1: hi } = readHalves(this, offset, false);
  return (BigInt(hi | 0) << 32n) + BigInt(lo);
}

// Floats go through the bytes of a Float32Array/Float64Array: "forwards"
// keeps the machine's byte order, "backwards" reverses it.
function readFloatBytes(buf, offset, bytes, size, reverse) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
  for (let i = 0; i < size; i++) {
    bytes[reverse ? size - 1 - i : i] = buf[offset + i];
  }
}
function readFloatForwards(offset = 0) {
  readFloatBytes(this, offset, uInt8Float32Array, 4, false);
  return float32Array[0];
}
function readFloatBackwards(offset = 0) {
  readFloatBytes(this, offset, uInt8Float32Array, 4, true);
  return float32Array[0];
}
function readDoubleForwards(offset = 0) {
  readFloatBytes(this, offset, uInt8Float64Array, 8, false);
  return float64Array[0];
}
function readDoubleBackwards(offset = 0) {
  readFloatBytes(this, offset, uInt8Float64Array, 8, true);
  return float64Array[0];
}

// --- writes ------------------------------------------------------------------

function writeUInt8(value, offset = 0) {
  return writeByte(this, value, offset, 0, 0xff);
}
function writeInt8(value, offset = 0) {
  return writeByte(this, value, offset, -0x80, 0x7f);
}
function writeUInt16LE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, 0, 0xffff, true);
}
function writeUInt16BE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, 0, 0xffff, false);
}
function writeUInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, 0, 0xffffffff, true);
}
function writeUInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, 0, 0xffffffff, false);
}
function writeInt16LE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, -0x8000, 0x7fff, true);
}
function writeInt16BE(value, offset = 0) {
  return writeInteger(this, value, offset, 2, -0x8000, 0x7fff, false);
}
function writeInt32LE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, -0x80000000, 0x7fffffff, true);
}
function writeInt32BE(value, offset = 0) {
  return writeInteger(this, value, offset, 4, -0x80000000, 0x7fffffff, false);
}

function writeSized(buf, value, offset, byteLength, signed, littleEndian) {
  const size = checkByteLength(byteLength);
  const max = signed ? (kUnsignedMax[size] - 1) / 2 : kUnsignedMax[size];
  const min = signed ? -max - 1 : 0;
  if (size === 1) return writeByte(buf, value, offset, min, max);
  return writeInteger(buf, value, offset, size, min, max, littleEndian);
}
function writeUIntLE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, false, true);
}
function writeUIntBE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, false, false);
}
function writeIntLE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, true, true);
}
function writeIntBE(value, offset, byteLength) {
  return writeSized(this, value, offset, byteLength, true, false);
}

function writeBig64(buf, value, offset, min, max, littleEndian) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[littleEndian ? offset + i : offset + 7 - i] = lo >>> (8 * i);
    buf[littleEndian ? offset + 4 + i : offset + 3 - i] = hi >>> (8 * i);
  }
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

function writeFloatBytes(buf, offset, bytes, size, reverse) {
  checkBounds(buf, offset, size - 1);
  for (let i = 0; i < size; i++) {
    buf[offset + i] = bytes[reverse ? size - 1 - i : i];
  }
  return offset + size;
}
function writeFloatForwards(val, offset = 0) {
  val = +val;
  float32Array[0] = val;
  return writeFloatBytes(this, offset, uInt8Float32Array, 4, false);
}
function writeFloatBackwards(val, offset = 0) {
  val = +val;
  float32Array[0] = val;
  return writeFloatBytes(this, offset, uInt8Float32Array, 4, true);
}
function writeDoubleForwards(val, offset = 0) {
  val = +val;
  float64Array[0] = val;
  return writeFloatBytes(this, offset, uInt8Float64Array, 8, false);
}
function writeDoubleBackwards(val, offset = 0) {
  val = +val;
  float64Array[0] = val;
  return writeFloatBytes(this, offset, uInt8Float64Array, 8, true);
}

// Installs the methods on Buffer.prototype in node's order, with the
// lower-case `Uint` aliases being the same functions.
function addNumberMethods(proto) {
  proto.readBigUInt64LE = readBigUInt64LE;
  proto.readBigUInt64BE = readBigUInt64BE;
  proto.readBigUint64LE = readBigUInt64LE;
  proto.readBigUint64BE = readBigUInt64BE;
  proto.readBigInt64LE = readBigInt64LE;
  proto.readBigInt64BE = readBigInt64BE;
  proto.writeBigUInt64LE = writeBigUInt64LE;
  proto.writeBigUInt64BE = writeBigUInt64BE;
  proto.writeBigUint64LE = writeBigUInt64LE;
  proto.writeBigUint64BE = writeBigUInt64BE;
  proto.writeBigInt64LE = writeBigInt64LE;
  proto.writeBigInt64BE = writeBigInt64BE;

  proto.readUIntLE = readUIntLE;
  proto.readUInt32LE = readUInt32LE;
  proto.readUInt16LE = readUInt16LE;
  proto.readUInt8 = readUInt8;
  proto.readUIntBE = readUIntBE;
  proto.readUInt32BE = readUInt32BE;
  proto.readUInt16BE = readUInt16BE;
  proto.readUintLE = readUIntLE;
  proto.readUint32LE = readUInt32LE;
  proto.readUint16LE = readUInt16LE;
  proto.readUint8 = readUInt8;
  proto.readUintBE = readUIntBE;
  proto.readUint32BE = readUInt32BE;
  proto.readUint16BE = readUInt16BE;
  proto.readIntLE = readIntLE;
  proto.readInt32LE = readInt32LE;
  proto.readInt16LE = readInt16LE;
  proto.readInt8 = readInt8;
  proto.readIntBE = readIntBE;
  proto.readInt32BE = readInt32BE;
  proto.readInt16BE = readInt16BE;

  proto.writeUIntLE = writeUIntLE;
  proto.writeUInt32LE = writeUInt32LE;
  proto.writeUInt16LE = writeUInt16LE;
  proto.writeUInt8 = writeUInt8;
  proto.writeUIntBE = writeUIntBE;
  proto.writeUInt32BE = writeUInt32BE;
  proto.writeUInt16BE = writeUInt16BE;
  proto.writeUintLE = writeUIntLE;
  proto.writeUint32LE = writeUInt32LE;
  proto.writeUint16LE = writeUInt16LE;
  proto.writeUint8 = writeUInt8;
  proto.writeUintBE = writeUIntBE;
  proto.writeUint32BE = writeUInt32BE;
  proto.writeUint16BE = writeUInt16BE;
  proto.writeIntLE = writeIntLE;
  proto.writeInt32LE = writeInt32LE;
  proto.writeInt16LE = writeInt16LE;
  proto.writeInt8 = writeInt8;
  proto.writeIntBE = writeIntBE;
  proto.writeInt32BE = writeInt32BE;
  proto.writeInt16BE = writeInt16BE;

  proto.readFloatLE = bigEndian ? readFloatBackwards : readFloatForwards;
  proto.readFloatBE = bigEndian ? readFloatForwards : readFloatBackwards;
  proto.readDoubleLE = bigEndian ? readDoubleBackwards : readDoubleForwards;
  proto.readDoubleBE = bigEndian ? readDoubleForwards : readDoubleBackwards;
  proto.writeFloatLE = bigEndian ? writeFloatBackwards : writeFloatForwards;
  proto.writeFloatBE = bigEndian ? writeFloatForwards : writeFloatBackwards;
  proto.writeDoubleLE = bigEndian ? writeDoubleBackwards : writeDoubleForwards;
  proto.writeDoubleBE = bigEndian ? writeDoubleForwards : writeDoubleBackwards;
}

module.exports = {
  addNumberMethods,
  boundsError,
  checkBounds,
};
