'use strict';

// hkdf / hkdfSync (RFC 5869) over OpenSSL's HKDF (src/crypto_kdf.cc). The
// result is an ArrayBuffer, as in node; the async form runs on the pool.

const { Uint8Array } = primordials;

const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateString,
} = require('internal/validators');
const { kMaxLength } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding, toBuf } = require('internal/crypto/util');

let keys;

function prepareKey(key) {
  if (typeof key === 'string') return toBuf(key);
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  keys ??= require('internal/crypto/keys');
  if (keys.isKeyObject(key) && key.type === 'secret') {
    return keys.secretKeyBytes(key);
  }
  throw new ERR_INVALID_ARG_TYPE(
    'ikm',
    ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView',
     'Buffer'],
    key);
}

function byteSource(value, name) {
  if (typeof value === 'string') return toBuf(value);
  if (isArrayBufferView(value)) return value;
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(
    name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

function check(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = prepareKey(key);
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE(
      'info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.getDigestSize(hash);
  if (size < 0) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
  if (length > size * 255) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { hash, key, salt, info, length };
}

function hkdf(hash, key, salt, info, length, callback) {
  const a = check(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  const job = new binding.CryptoJob();
  job.oncomplete = (err, result) => {
    if (err) return callback(err);
    callback(null, result);
  };
  binding.hkdf(job, a.hash, a.key, a.salt, a.info, a.length);
}

function hkdfSync(hash, key, salt, info, length) {
  const a = check(hash, key, salt, info, length);
  return binding.hkdfSync(a.hash, a.key, a.salt, a.info, a.length);
}

module.exports = {
  hkdf,
  hkdfSync,
};
