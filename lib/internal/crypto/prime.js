'use strict';

// generatePrime(Sync) and checkPrime(Sync) over src/crypto_prime.cc; the
// async forms run on the thread pool.

const {
  BigInt,
  FunctionPrototypeCall,
  RangeError,
} = primordials;

const { Buffer } = require('buffer');
const { nativeError } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding } = require('internal/crypto/util');

const kBigTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

// A bigint, ArrayBuffer or view as big-endian bytes; `name` for errors.
function bigBytes(value, name) {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
    let hex = value.toString(16);
    if (hex.length % 2 === 1) hex = `0${hex}`;
    return Buffer.from(hex, 'hex');
  }
  if (isAnyArrayBuffer(value)) return Buffer.from(value);
  if (isArrayBufferView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(name, kBigTypes, value);
}

function bitLength(bytes) {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 0;
  while (i < view.length && view[i] === 0) i++;
  if (i === view.length) return 0;
  return (view.length - i - 1) * 8 + view[i].toString(2).length;
}

function compare(a, b) {
  const x = BigInt(`0x0${Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex')}`);
  const y = BigInt(`0x0${Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')}`);
  return x < y ? -1 : x > y ? 1 : 0;
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) add = bigBytes(add, 'options.add');
  if (rem !== undefined) rem = bigBytes(rem, 'options.rem');
  if (add !== undefined) {
    if (bitLength(add) > size) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    }
    if (rem !== undefined && compare(add, rem) <= 0) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
    }
  }
  return [size, safe, add ?? null, rem ?? null, bigint];
}

function toResult(arrayBuffer, bigint) {
  if (!bigint) return arrayBuffer;
  return BigInt(`0x0${Buffer.from(arrayBuffer).toString('hex')}`);
}

function generatePrime(size, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const [bits, safe, add, rem, bigint] = primeArgs(size, options ?? {});
  validateFunction(callback, 'callback');
  const job = new binding.CryptoJob();
  job.oncomplete = (err, prime) => {
    if (err) return FunctionPrototypeCall(callback, job, err);
    FunctionPrototypeCall(callback, job, null, toResult(prime, bigint));
  };
  binding.generatePrime(job, bits, safe, add, rem);
}

function generatePrimeSync(size, options = {}) {
  const [bits, safe, add, rem, bigint] = primeArgs(size, options);
  return toResult(binding.generatePrime(null, bits, safe, add, rem), bigint);
}

function checkArgs(candidate, options) {
  const bytes = bigBytes(candidate, 'candidate');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return [bytes, checks];
}

function checkPrime(candidate, options = {}, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const [bytes, checks] = checkArgs(candidate, options);
  validateFunction(callback, 'callback');
  const job = new binding.CryptoJob();
  job.oncomplete = (err, result) => {
    if (err) return FunctionPrototypeCall(callback, job, err);
    FunctionPrototypeCall(callback, job, null, result);
  };
  binding.checkPrime(job, bytes, checks);
}

function checkPrimeSync(candidate, options = {}) {
  const [bytes, checks] = checkArgs(candidate, options);
  return binding.checkPrime(null, bytes, checks);
}

module.exports = {
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
};
