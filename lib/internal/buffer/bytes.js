'use strict';

// copy, indexOf/lastIndexOf and fill of Buffer.prototype: node's argument
// rules and errors in front of internalBinding('buffer').copy, indexOf*
// and fill.

const {
  MathFloor,
  NumberIsInteger,
  NumberIsNaN,
  NumberMAX_SAFE_INTEGER,
  NumberMIN_SAFE_INTEGER,
  StringPrototypeCharCodeAt,
  TypedArrayPrototypeFill,
  TypedArrayPrototypeGetByteLength,
  Uint8Array,
} = primordials;

const binding = internalBinding('buffer');
const {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
  ERR_UNKNOWN_ENCODING,
} = require('internal/errors').codes;
const {
  validateBuffer,
  validateInteger,
  validateString,
} = require('internal/validators');
const { isArrayBufferView, isUint8Array } = require('internal/util/types');
const { normalizeEncoding } = require('internal/util');
const {
  encodeString,
  encodingOps,
  getEncodingOps,
  viewByteLength,
} = require('internal/buffer');

const validateOffset = (value, name, min = 0, max = binding.constants.kMaxLength) =>
  validateInteger(value, name, min, max);

// --- copy --------------------------------------------------------------------

// Copies what fits of source[sourceStart, sourceEnd) to target[targetStart..).
function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  binding.copy(source, target, targetStart, sourceStart, nb);
  return nb;
}

// ToIntegerOrInfinity within the safe integers, else `defaultVal`.
function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) && n >= NumberMIN_SAFE_INTEGER &&
      n <= NumberMAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart :
      toInteger(targetStart, 0);
    if (targetStart < 0) {
      throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    }
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart :
      toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart',
                                 `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) {
      throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    }
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}


// --- indexOf -----------------------------------------------------------------

// indexOf / lastIndexOf (dir false) of a number, string or Uint8Array.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Coerce to a number; NaN (undefined, {}, ...) searches the whole buffer.
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) {
    byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  }
  dir = !!dir;
  if (typeof val === 'number') {
    return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? binding.constants.UTF8 : ops.encodingVal;
    return binding.indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE(
    'value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// --- fill --------------------------------------------------------------------

// buf.fill(value[, offset[, end]][, encoding]).
function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;  // An empty string fills with zeros.
    } else if (value.length === 1) {
      // A single byte: fill with its numeric value.
      if (normalizedEncoding === 'utf8') {
        const code = StringPrototypeCharCodeAt(value, 0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = StringPrototypeCharCodeAt(value, 0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = TypedArrayPrototypeGetByteLength(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) {
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
    TypedArrayPrototypeFill(buf, value, offset, end);
    return buf;
  }

  // The native fill works on any ArrayBufferView, in bytes; a missing end
  // (a DataView has no length) counts as 0.
  const byteLength = viewByteLength(buf);
  if (end === undefined) end = 0;
  if (offset > end || end > byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  if (offset === end) return buf;
  let pattern;
  if (isArrayBufferView(value)) {
    pattern = value;
  } else if (typeof value === 'string') {
    pattern = encodeString(value, getEncodingOps(encoding));
  } else {
    // Anything else fills with ToUint32(value) & 255.
    pattern = new Uint8Array(1);
    pattern[0] = +value >>> 0;
  }
  if (viewByteLength(pattern) === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

module.exports = {
  _copy,
  _copyActual,
  _fill,
  bidirectionalIndexOf,
};
