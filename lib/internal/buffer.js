'use strict';

// FastBuffer (the Uint8Array subclass every Buffer is), the operations of
// each encoding (byteLength, write, slice, indexOf) over
// internalBinding('buffer'), and the string methods of Buffer.prototype
// (utf8Slice, hexWrite, ...) with node's native-style argument errors.

const {
  ArrayIsArray,
  ErrorCaptureStackTrace,
  DataViewPrototypeGetByteLength,
  MathTrunc,
  ObjectDefineProperty,
  RangeError,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  Uint8Array,
} = primordials;

const binding = internalBinding('buffer');
const {
  codes: { ERR_STRING_TOO_LONG },
  overrideStackTrace,
} = require('internal/errors');
const { isDataView, isArrayBufferView } = require('internal/util/types');
const { addNumberMethods } = require('internal/buffer/numbers');
const { isUnderNodeModules } = require('internal/util');

const {
  UTF8, UCS2, LATIN1, ASCII, HEX, BASE64, BASE64URL,
} = binding.constants;

class FastBuffer extends Uint8Array {
  // An explicit constructor: the implicit one spreads its arguments, which
  // goes through Array.prototype[Symbol.iterator] (user-patchable).
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// A FastBuffer of `size` bytes for callers that overwrite all of them.
// (Node leaves such memory uninitialised; V8's allocator zeroes it, and
// lets the GC see it, which is faster here than unaccounted malloc memory.)
// Uninitialised memory, as node's allocUnsafe: the allocator skips zeroing
// for the one allocation made while zeroFill[0] is 0.
// --zero-fill-buffers keeps them zeroed.
const { zeroFill } = internalBinding('buffer');
const { zeroFillBuffers } = internalBinding('options').getOptions();
function createUnsafeBuffer(size) {
  if (zeroFillBuffers) return new FastBuffer(size);
  zeroFill[0] = 0;
  try {
    return new FastBuffer(size);
  } finally {
    zeroFill[0] = 1;
  }
}

// The plain errors node's C++ throws: no `[CODE]` in the name, just an own
// `code` property.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}
const indexOutOfRange = () =>
  nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');

function stringTooLong() {
  return new ERR_STRING_TOO_LONG(
    `Cannot create a string longer than 0x${
      binding.constants.kStringMaxLength.toString(16)} characters`);
}

// byteLength of any ArrayBufferView; throws node's native error for others.
function viewByteLength(view) {
  if (!isArrayBufferView(view)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'argument must be a buffer');
  }
  return isDataView(view) ? DataViewPrototypeGetByteLength(view) :
    TypedArrayPrototypeGetByteLength(view);
}

// --- one set of operations per encoding --------------------------------------

// Each encoding has `write(buf, ...)`/`slice(buf, ...)`, which go through
// the Buffer.prototype method as in node (so foreign receivers fail as they
// do there), and `nativeWrite`/`nativeSlice`, which call the binding on a
// view lib/ has checked.

function checkedSlice(result) {
  if (result === undefined) throw stringTooLong();
  return result;
}

function writer(write) {
  return (buf, string, offset, length) => {
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'argument must be a string');
    }
    return write(buf, string, offset, length);
  };
}

function base64ByteLength(str, bytes) {
  // Up to two trailing '=' are padding.
  if (StringPrototypeCharCodeAt(str, bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Search for `val` encoded as bytes (encodings the native string search
// does not handle).
function indexOfEncoded(buf, val, byteOffset, encodingVal, dir, write, size) {
  const needle = new FastBuffer(size);
  const length = write(needle, val, 0, size);
  return binding.indexOfBuffer(buf, length === size ? needle :
    new FastBuffer(needle.buffer, 0, length), byteOffset, encodingVal, dir);
}

const utf8Write = writer(binding.utf8Write);
const ucs2Write = writer(binding.ucs2Write);
const latin1Write = writer(binding.latin1Write);
const hexWrite = writer(binding.hexWrite);
const base64Write = writer(binding.base64Write);

function ucs2Ops(encoding) {
  return {
    encoding,
    encodingVal: UCS2,
    byteLength: (string) => string.length * 2,
    write: (buf, string, offset, len) => buf.ucs2Write(string, offset, len),
    slice: (buf, start, end) => buf.ucs2Slice(start, end),
    nativeWrite: ucs2Write,
    nativeSlice: (buf, start, end) => checkedSlice(binding.ucs2Slice(buf, start, end)),
    indexOf: (buf, val, byteOffset, dir) =>
      binding.indexOfString(buf, val, byteOffset, UCS2, dir),
  };
}

function base64Ops(encoding, encodingVal, slice, write, protoSlice) {
  return {
    encoding,
    encodingVal,
    byteLength: (string) => base64ByteLength(string, string.length),
    write,
    slice: protoSlice,
    nativeWrite: base64Write,
    nativeSlice: (buf, start, end) => checkedSlice(slice(buf, start, end)),
    indexOf: (buf, val, byteOffset, dir) => indexOfEncoded(
      buf, val, byteOffset, encodingVal, dir, base64Write,
      base64ByteLength(val, val.length)),
  };
}

const encodingOps = {
  __proto__: null,
  utf8: {
    encoding: 'utf8',
    encodingVal: UTF8,
    byteLength: (string) => binding.byteLengthUtf8(string),
    write: (buf, string, offset, len) => buf.utf8Write(string, offset, len),
    slice: (buf, start, end) => buf.utf8Slice(start, end),
    nativeWrite: utf8Write,
    nativeSlice: (buf, start, end) => checkedSlice(binding.utf8Slice(buf, start, end)),
    indexOf: (buf, val, byteOffset, dir) =>
      binding.indexOfString(buf, val, byteOffset, UTF8, dir),
  },
  ucs2: ucs2Ops('ucs2'),
  utf16le: ucs2Ops('utf16le'),
  latin1: {
    encoding: 'latin1',
    encodingVal: LATIN1,
    byteLength: (string) => string.length,
    write: (buf, string, offset, len) => buf.latin1Write(string, offset, len),
    slice: (buf, start, end) => buf.latin1Slice(start, end),
    nativeWrite: latin1Write,
    nativeSlice: (buf, start, end) => checkedSlice(binding.latin1Slice(buf, start, end)),
    indexOf: (buf, val, byteOffset, dir) =>
      binding.indexOfString(buf, val, byteOffset, LATIN1, dir),
  },
  ascii: {
    encoding: 'ascii',
    encodingVal: ASCII,
    byteLength: (string) => string.length,
    write: (buf, string, offset, len) => buf.asciiWrite(string, offset, len),
    slice: (buf, start, end) => buf.asciiSlice(start, end),
    // Writing ASCII keeps the low byte of each unit, as latin1 does.
    nativeWrite: latin1Write,
    nativeSlice: (buf, start, end) => checkedSlice(binding.asciiSlice(buf, start, end)),
    indexOf: (buf, val, byteOffset, dir) => indexOfEncoded(
      buf, val, byteOffset, ASCII, dir, latin1Write, val.length),
  },
  base64: base64Ops(
    'base64', BASE64, binding.base64Slice,
    (buf, string, offset, len) => buf.base64Write(string, offset, len),
    (buf, start, end) => buf.base64Slice(start, end)),
  base64url: base64Ops(
    'base64url', BASE64URL, binding.base64urlSlice,
    (buf, string, offset, len) => buf.base64urlWrite(string, offset, len),
    (buf, start, end) => buf.base64urlSlice(start, end)),
  hex: {
    encoding: 'hex',
    encodingVal: HEX,
    byteLength: (string) => string.length >>> 1,
    write: (buf, string, offset, len) => buf.hexWrite(string, offset, len),
    slice: (buf, start, end) => buf.hexSlice(start, end),
    nativeWrite: hexWrite,
    nativeSlice: (buf, start, end) => checkedSlice(binding.hexSlice(buf, start, end)),
    indexOf: (buf, val, byteOffset, dir) => indexOfEncoded(
      buf, val, byteOffset, HEX, dir, hexWrite, val.length >>> 1),
  },
};

// The operations of `encoding` (any case, node's aliases), or undefined.
// Like node, converts a non-string with `+ ''`.
function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = StringPrototypeToLowerCase(encoding);
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = StringPrototypeToLowerCase(encoding);
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' ||
          StringPrototypeToLowerCase(encoding) === 'utf16le') {
        return encodingOps.utf16le;
      }
      break;
    case 8:
      if (encoding === 'utf-16le' ||
          StringPrototypeToLowerCase(encoding) === 'utf-16le') {
        return encodingOps.utf16le;
      }
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') {
        return encodingOps.latin1;
      }
      if (encoding === 'base64') return encodingOps.base64;
      encoding = StringPrototypeToLowerCase(encoding);
      if (encoding === 'latin1' || encoding === 'binary') {
        return encodingOps.latin1;
      }
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || StringPrototypeToLowerCase(encoding) === 'hex') {
        return encodingOps.hex;
      }
      break;
    case 9:
      if (encoding === 'base64url' ||
          StringPrototypeToLowerCase(encoding) === 'base64url') {
        return encodingOps.base64url;
      }
      break;
  }
}

// The bytes of `string` in the encoding of `ops`, in a new FastBuffer.
function encodeString(string, ops) {
  const size = ops.byteLength(string);
  const buf = new FastBuffer(size);
  const length = ops.nativeWrite(buf, string, 0, size);
  return length === size ? buf :
    new FastBuffer(TypedArrayPrototypeGetBuffer(buf), 0, length);
}

// --- Buffer.prototype.<encoding>Slice / <encoding>Write ----------------------

// An array index argument as node's native ParseArrayIndex reads it.
function toIndex(value, defaultValue) {
  if (value === undefined) return defaultValue;
  const index = MathTrunc(+value) || 0;
  if (index < 0) throw indexOutOfRange();
  return index;
}

// A method named `name` with no declared parameters (like node's natives).
function nativeMethod(name, fn) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: 0 });
  return fn;
}

function sliceMethod(name, ops) {
  return nativeMethod(name, function(start, end) {
    const length = viewByteLength(this);
    if (length === 0) return '';
    start = toIndex(start, 0);
    end = toIndex(end, length);
    if (end < start) end = start;
    if (end > length) throw indexOutOfRange();
    return ops.nativeSlice(this, start, end);
  });
}

function writeMethod(name, ops) {
  return nativeMethod(name, function(string, offset, length) {
    const size = viewByteLength(this);
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'argument must be a string');
    }
    offset = toIndex(offset, 0);
    if (offset > size) {
      throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
                        '"offset" is outside of buffer bounds');
    }
    length = toIndex(length, size - offset);
    if (length > size - offset) length = size - offset;
    if (length === 0) return 0;
    return ops.nativeWrite(this, string, offset, length);
  });
}

function addBufferPrototypeMethods(proto) {
  addNumberMethods(proto);
  proto.asciiSlice = sliceMethod('asciiSlice', encodingOps.ascii);
  proto.base64Slice = sliceMethod('base64Slice', encodingOps.base64);
  proto.base64urlSlice = sliceMethod('base64urlSlice', encodingOps.base64url);
  proto.latin1Slice = sliceMethod('latin1Slice', encodingOps.latin1);
  proto.hexSlice = sliceMethod('hexSlice', encodingOps.hex);
  proto.ucs2Slice = sliceMethod('ucs2Slice', encodingOps.ucs2);
  proto.utf8Slice = sliceMethod('utf8Slice', encodingOps.utf8);
  proto.asciiWrite = writeMethod('asciiWrite', encodingOps.ascii);
  proto.base64Write = writeMethod('base64Write', encodingOps.base64);
  proto.base64urlWrite = writeMethod('base64urlWrite', encodingOps.base64url);
  proto.latin1Write = writeMethod('latin1Write', encodingOps.latin1);
  proto.hexWrite = writeMethod('hexWrite', encodingOps.hex);
  proto.ucs2Write = writeMethod('ucs2Write', encodingOps.ucs2);
  proto.utf8Write = writeMethod('utf8Write', encodingOps.utf8);
}

// Whether the first frame outside node's own code (below `fn`) belongs to a
// file under node_modules.
function isInsideNodeModules(fn) {
  const holder = {};
  overrideStackTrace.set(holder, (error, callSites) => callSites);
  ErrorCaptureStackTrace(holder, fn);
  const frames = holder.stack;
  if (!ArrayIsArray(frames)) return false;
  for (let i = 0; i < frames.length; i++) {
    let filename = frames[i].getFileName();
    // An ES module's frames name a file: URL.
    if (typeof filename === 'string' &&
        StringPrototypeStartsWith(filename, 'file:')) {
      filename = require('internal/url').fileURLToPath(filename);
    }
    // Node's own frames are named node:<id> (or have no file at all).
    if (typeof filename !== 'string' ||
        RegExpPrototypeExec(/^\/|\\/, filename) === null) {
      continue;
    }
    return isUnderNodeModules(filename);
  }
  return false;
}

// Pooled ArrayBuffers are copied by postMessage, never transferred.
function markAsUntransferable(arrayBuffer) {
  internalBinding('buffer').markAsUntransferable(arrayBuffer);
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  encodeString,
  encodingOps,
  getEncodingOps,
  indexOutOfRange,
  isInsideNodeModules,
  markAsUntransferable,
  nativeError,
  stringTooLong,
  viewByteLength,
};
