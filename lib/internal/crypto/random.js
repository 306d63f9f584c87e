'use strict';

// randomBytes, randomFill(Sync), randomInt, randomUUID and the webcrypto
// getRandomValues, over OpenSSL's CSPRNG (src/crypto_random.cc). Async
// fills run on the thread pool.

const {
  MathMin,
  NumberIsSafeInteger,
  StringPrototypeSlice,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetSymbolToStringTag,
} = primordials;

const { FastBuffer, createUnsafeBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding, lazyDOMException } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = 2 ** 31 - 1;
const kMaxUint32 = 2 ** 32 - 1;

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (size !== size || size < 0 || size > kMaxInt32 ||
      (size | 0) !== size && size > kMaxPossibleLength) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxInt32}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = MathMin(length, kMaxPossibleLength);
  if (offset !== offset || offset < 0 || offset > maxLength) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxInt32);
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = createUnsafeBuffer(size);
  if (callback === undefined) {
    binding.randomFillSync(buf, 0, size);
    return buf;
  }
  const job = new binding.CryptoJob();
  job.oncomplete = (err) => callback(err ?? null, err ? undefined : buf);
  binding.randomFill(job, buf, 0, size);
}

function checkBuffer(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function elementSizeOf(buf) {
  return isArrayBufferView(buf) ? buf.BYTES_PER_ELEMENT ?? 1 : 1;
}

function byteLengthOf(buf) {
  return buf.byteLength;
}

function randomFillSync(buf, offset = 0, size) {
  checkBuffer(buf);
  const elementSize = elementSizeOf(buf);
  const length = byteLengthOf(buf);
  offset = assertOffset(offset, elementSize, length);
  if (size === undefined) {
    size = length - offset;
  } else {
    size = assertSize(size, elementSize, offset, length);
  }
  if (size === 0) return buf;
  binding.randomFillSync(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuffer(buf);
  const elementSize = elementSizeOf(buf);
  const length = byteLengthOf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = length;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = assertOffset(offset, elementSize, length);
    size = length - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, length);
    if (size === undefined) {
      size = length - offset;
    } else {
      size = assertSize(size, elementSize, offset, length);
    }
  }
  validateFunction(callback, 'callback');
  const job = new binding.CryptoJob();
  job.oncomplete = (err) => callback(err ?? null, err ? undefined : buf);
  binding.randomFill(job, buf, offset, size);
}

// randomInt draws 48-bit integers from a cache of random bytes, rejecting
// draws past the largest multiple of the range (no modulo bias).
const kRandomIntMax = 2 ** 48 - 1;
const kCacheSize = 6 * 1024;
let randomCache;
let randomCacheOffset = kCacheSize;

function nextRandom48() {
  if (randomCacheOffset === kCacheSize) {
    randomCache ??= new FastBuffer(kCacheSize);
    binding.randomFillSync(randomCache, 0, kCacheSize);
    randomCacheOffset = 0;
  }
  const x = randomCache.readUIntBE(randomCacheOffset, 6);
  randomCacheOffset += 6;
  return x;
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!NumberIsSafeInteger(min)) {
    throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  }
  if (!NumberIsSafeInteger(max)) {
    throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE(
      'max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandomIntMax)) {
    throw new ERR_OUT_OF_RANGE(
      `max${minNotSpecified ? '' : ' - min'}`, `<= ${kRandomIntMax}`, range);
  }
  const randLimit = kRandomIntMax + 1 - ((kRandomIntMax + 1) % range);
  let x;
  do {
    x = nextRandom48();
  } while (x >= randLimit);
  const n = (x % range) + min;
  if (isSync) return n;
  process.nextTick(callback, undefined, n);
}

// randomUUID: version 4 UUIDs, from a cache of 128 UUIDs' worth of bytes
// unless options.disableEntropyCache.
const kHexBytes = [];
for (let i = 0; i < 256; i++) {
  kHexBytes[i] = StringPrototypeSlice(`0${i.toString(16)}`, -2);
}
const kUuidBatch = 128;
let uuidData;
let uuidBatchIndex = kUuidBatch;

function serializeUUID(buf, offset) {
  const h = kHexBytes;
  return h[buf[offset]] + h[buf[offset + 1]] + h[buf[offset + 2]] +
    h[buf[offset + 3]] + '-' + h[buf[offset + 4]] + h[buf[offset + 5]] + '-' +
    h[(buf[offset + 6] & 0x0f) | 0x40] + h[buf[offset + 7]] + '-' +
    h[(buf[offset + 8] & 0x3f) | 0x80] + h[buf[offset + 9]] + '-' +
    h[buf[offset + 10]] + h[buf[offset + 11]] + h[buf[offset + 12]] +
    h[buf[offset + 13]] + h[buf[offset + 14]] + h[buf[offset + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const buf = new FastBuffer(16);
    binding.randomFillSync(buf, 0, 16);
    return serializeUUID(buf, 0);
  }
  if (uuidBatchIndex === kUuidBatch) {
    uuidData ??= new FastBuffer(16 * kUuidBatch);
    binding.randomFillSync(uuidData, 0, 16 * kUuidBatch);
    uuidBatchIndex = 0;
  }
  return serializeUUID(uuidData, 16 * uuidBatchIndex++);
}

const kIntegerArrays = {
  __proto__: null,
  Int8Array: true, Uint8Array: true, Uint8ClampedArray: true,
  Int16Array: true, Uint16Array: true, Int32Array: true, Uint32Array: true,
  BigInt64Array: true, BigUint64Array: true,
};

// webcrypto's getRandomValues: integer typed arrays of at most 65,536 bytes.
function getRandomValues(data) {
  const tag = isArrayBufferView(data) ?
    TypedArrayPrototypeGetSymbolToStringTag(data) :
    undefined;
  if (tag === undefined || kIntegerArrays[tag] !== true) {
    throw lazyDOMException(
      'The data argument must be an integer-type TypedArray',
      'TypeMismatchError');
  }
  const byteLength = TypedArrayPrototypeGetByteLength(data);
  if (byteLength > 65536) {
    throw lazyDOMException(
      'The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (byteLength > 0) binding.randomFillSync(data, 0, byteLength);
  return data;
}

module.exports = {
  getRandomValues,
  kMaxUint32,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
};
