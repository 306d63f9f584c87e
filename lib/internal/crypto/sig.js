'use strict';

// Sign and Verify (Writable streams that hash what is written, then sign
// or verify the digest) and the one-shot crypto.sign / crypto.verify (also
// for Ed25519/Ed448, with a callback on the thread pool), over
// src/crypto_sig.cc.

const {
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  ReflectApply,
  Symbol,
  TypeError,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer, nativeError } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateFunction,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/util');
const { Writable } = require('stream');
const {
  binding,
  encodeResult,
  getArrayBufferOrView,
  kHandle,
} = require('internal/crypto/util');
const {
  preparePrivateKey,
  preparePublicOrPrivateKey,
} = require('internal/crypto/keys');

const { SignBase } = binding;
const kFinished = Symbol('kFinished');
const kNoPadding = -1;
const kDefaultSaltLength = -100;
const kDsaEncodingDer = 0;
const kDsaEncodingP1363 = 1;

function notInitialised() {
  return nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
}

function intOption(options, name, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  if (value !== (value | 0)) {
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return value;
}

// Padding, salt length and DSA encoding from a key given as an object.
function signOptions(key) {
  if (key === null || typeof key !== 'object' || isArrayBufferView(key)) {
    return [kNoPadding, kDefaultSaltLength, kDsaEncodingDer];
  }
  const padding = intOption(key, 'padding', kNoPadding);
  const saltLength = intOption(key, 'saltLength', kDefaultSaltLength);
  let dsaEncoding = kDsaEncodingDer;
  if (key.dsaEncoding !== undefined && key.dsaEncoding !== 'der') {
    if (key.dsaEncoding !== 'ieee-p1363') {
      throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', key.dsaEncoding);
    }
    dsaEncoding = kDsaEncodingP1363;
  }
  return [padding, saltLength, dsaEncoding];
}

// Sign/Verify hash first: keys that sign whole messages cannot be used.
function checkDigestKey(key) {
  const type = key.asymmetricKeyType;
  if (type === 'ed25519' || type === 'ed448') {
    throw nativeError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION',
                      'Unsupported crypto operation');
  }
}

function initHandle(algorithm) {
  validateString(algorithm, 'algorithm');
  const handle = new SignBase();
  if (!handle.init(algorithm)) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  }
  return handle;
}

function update(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    data = Buffer.from(data, normalizeEncoding(encoding) ?? 'utf8');
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (this[kFinished] || !this[kHandle].update(data)) throw notInitialised();
  return this;
}

function write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

function Sign(algorithm, options) {
  if (!new.target) return new Sign(algorithm, options);
  this[kHandle] = initHandle(algorithm);
  this[kFinished] = false;
  ReflectApply(Writable, this, [options]);
}
ObjectSetPrototypeOf(Sign.prototype, Writable.prototype);
ObjectSetPrototypeOf(Sign, Writable);

Sign.prototype._write = write;
Sign.prototype.update = update;
Sign.prototype.sign = function sign(privateKey, encoding) {
  if (!privateKey) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const options = signOptions(privateKey);
  const key = preparePrivateKey(privateKey);
  checkDigestKey(key);
  if (this[kFinished]) throw notInitialised();
  this[kFinished] = true;
  const result = this[kHandle].sign(key[kHandle], ...options);
  return encodeResult(result, encoding);
};

function Verify(algorithm, options) {
  if (!new.target) return new Verify(algorithm, options);
  this[kHandle] = initHandle(algorithm);
  this[kFinished] = false;
  ReflectApply(Writable, this, [options]);
}
ObjectSetPrototypeOf(Verify.prototype, Writable.prototype);
ObjectSetPrototypeOf(Verify, Writable);

Verify.prototype._write = write;
Verify.prototype.update = update;
Verify.prototype.verify = function verify(object, signature, sigEncoding) {
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  const options = signOptions(object);
  const key = preparePublicOrPrivateKey(object);
  checkDigestKey(key);
  if (this[kFinished]) throw notInitialised();
  this[kFinished] = true;
  return this[kHandle].verify(key[kHandle], signature, ...options);
};

function checkAlgorithm(algorithm) {
  if (algorithm !== null && algorithm !== undefined) {
    validateString(algorithm, 'algorithm');
    return algorithm;
  }
  return '';
}

function signOneShot(algorithm, data, key, callback) {
  algorithm = checkAlgorithm(algorithm);
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const options = signOptions(key);
  const privateKey = preparePrivateKey(key);
  let job = null;
  if (callback !== undefined) {
    job = new binding.CryptoJob();
    job.oncomplete = (err, result) => {
      if (err) return FunctionPrototypeCall(callback, job, err);
      FunctionPrototypeCall(callback, job, null, new FastBuffer(result));
    };
  }
  const result = binding.signOneShot(job, algorithm, data, privateKey[kHandle], ...options);
  if (result === false) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  if (job === null) return new FastBuffer(result);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  algorithm = checkAlgorithm(algorithm);
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE(
      'signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const options = signOptions(key);
  const publicKey = preparePublicOrPrivateKey(key);
  let job = null;
  if (callback !== undefined) {
    job = new binding.CryptoJob();
    job.oncomplete = (err, result) => {
      if (err) return FunctionPrototypeCall(callback, job, err);
      FunctionPrototypeCall(callback, job, null, result);
    };
  }
  const result = binding.verifyOneShot(job, algorithm, data, publicKey[kHandle],
                                       signature, ...options);
  if (result === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  if (job === null) return result;
}

module.exports = {
  Sign,
  Verify,
  signOneShot,
  verifyOneShot,
};
