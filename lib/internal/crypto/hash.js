'use strict';

// crypto.Hash, crypto.Hmac (both usable as Transform streams) and the
// one-shot crypto.hash(), over the Hash/Hmac classes of
// internalBinding('crypto') (src/crypto_hash.cc).

const {
  ObjectSetPrototypeOf,
  ReflectApply,
  StringPrototypeToLowerCase,
  Symbol,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/util');
const LazyTransform = require('internal/streams/lazy_transform');
const { binding, kHandle } = require('internal/crypto/util');

const { Hash: HashHandle, Hmac: HmacHandle, oneShotDigest } = binding;

const kFinalized = Symbol('kFinalized');
const kFormatBuffer = 0;
const kFormatHex = 1;

function outputLengthOf(options) {
  const xofLen = typeof options === 'object' && options !== null ?
    options.outputLength : undefined;
  if (xofLen === undefined) return -1;
  validateUint32(xofLen, 'options.outputLength');
  return xofLen;
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const handle = new HashHandle();
  if (algorithm instanceof Hash) {
    handle.initCopy(algorithm[kHandle], outputLengthOf(options));
  } else {
    validateString(algorithm, 'algorithm');
    if (!handle.init(algorithm, outputLengthOf(options))) {
      throw new Error('Digest method not supported');
    }
  }
  this[kHandle] = handle;
  this[kFinalized] = false;
  ReflectApply(LazyTransform, this, [options]);
}
ObjectSetPrototypeOf(Hash.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hash, LazyTransform);

function updateHandle(handle, data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    const enc = normalizeEncoding(encoding);
    if (enc === 'utf8' || enc === undefined) return handle.updateString(data);
    return handle.update(Buffer.from(data, enc));
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return handle.update(data);
}

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  updateHandle(this[kHandle], chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(new FastBuffer(this[kHandle].digest(kFormatBuffer)));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (!updateHandle(this[kHandle], data, encoding)) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

function digestAs(handle, outputEncoding) {
  if (outputEncoding === 'hex') return handle.digest(kFormatHex);
  const buf = new FastBuffer(handle.digest(kFormatBuffer));
  if (outputEncoding === undefined || outputEncoding === 'buffer') return buf;
  const enc = normalizeEncoding(outputEncoding);
  return enc === undefined ? buf : buf.toString(enc);
}

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  return digestAs(this[kHandle], outputEncoding ? `${outputEncoding}` : undefined);
};

let keys;
function prepareHmacKey(key, encoding) {
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (isArrayBufferView(key)) return key;
  keys ??= require('internal/crypto/keys');
  return keys.prepareSecretKey(key, encoding);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = typeof options === 'object' && options !== null ?
    options.encoding : undefined;
  key = prepareHmacKey(key, encoding);
  const handle = new HmacHandle();
  if (!handle.init(hmac, key)) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kFinalized] = false;
  ReflectApply(LazyTransform, this, [options]);
}
ObjectSetPrototypeOf(Hmac.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) {
    const buf = new FastBuffer(0);
    const enc = normalizeEncoding(outputEncoding);
    return outputEncoding && outputEncoding !== 'buffer' && enc !== undefined ?
      '' : buf;
  }
  this[kFinalized] = true;
  return digestAs(this[kHandle], outputEncoding ? `${outputEncoding}` : undefined);
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE(
      'input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      // An unknown encoding that spells 'buffer' in another case.
      if (StringPrototypeToLowerCase(outputEncoding) !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
      normalized = 'buffer';
    }
  }
  const format = normalized === 'hex' ? kFormatHex : kFormatBuffer;
  const result = oneShotDigest(algorithm, input, format);
  if (result === undefined) {
    throw new Error(`Digest method ${algorithm} is not supported`);
  }
  if (format === kFormatHex) return result;
  const buf = new FastBuffer(result);
  return normalized === 'buffer' ? buf : buf.toString(normalized);
}

module.exports = {
  Hash,
  Hmac,
  hash,
};
