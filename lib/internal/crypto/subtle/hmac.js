'use strict';

// crypto.subtle HMAC keys: generate, import/export ('raw', 'jwk'), sign and
// verify (over the Hmac binding; HMAC is cheap enough to run inline).

const { Buffer } = require('buffer');
const { nativeError } = require('internal/buffer');
const { binding, lazyDOMException } = require('internal/crypto/util');
const { Hmac } = require('internal/crypto/hash');
const { createSecretKeyFromBytes, secretKeyBytes } = require('internal/crypto/keys');
const { randomBytes } = require('internal/crypto/random');
const {
  checkJwk,
  checkUsages,
  keyObjectOf,
  newCryptoKey,
  toArrayBuffer,
  uniqueUsages,
} = require('internal/crypto/subtle/key');

const { TypeError } = primordials;

// The digests by Web Crypto name: OpenSSL's name, the block size in bits
// (HMAC's default key length) and the JWK `alg`.
const kHashes = {
  __proto__: null,
  'SHA-1': { openssl: 'sha1', blockBits: 512, jwk: 'HS1', size: 20 },
  'SHA-256': { openssl: 'sha256', blockBits: 512, jwk: 'HS256', size: 32 },
  'SHA-384': { openssl: 'sha384', blockBits: 1024, jwk: 'HS384', size: 48 },
  'SHA-512': { openssl: 'sha512', blockBits: 1024, jwk: 'HS512', size: 64 },
};
const kUsages = ['sign', 'verify'];

function hmacGenerateKey(algorithm, extractable, usages) {
  const hash = algorithm.hash.name;
  let length = algorithm.length;
  if (length === undefined) {
    length = kHashes[hash].blockBits;
  } else if (length % 8 !== 0) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      "The property 'algorithm.length' must be a " +
                      `multiple of 8. Received ${length}`);
  }
  checkUsages(usages, kUsages, 'an HMAC key');
  if (length === 0) {
    throw lazyDOMException(
      'The operation failed for an operation-specific reason',
      'OperationError');
  }
  return newCryptoKey(createSecretKeyFromBytes(randomBytes(length / 8)),
                      { name: 'HMAC', length, hash: { name: hash } },
                      uniqueUsages(usages), extractable);
}

function hmacImportKey(algorithm, format, keyData, extractable, usages) {
  const hash = algorithm.hash.name;
  checkUsages(usages, kUsages, 'an HMAC key');
  let bytes;
  if (format === 'raw') {
    bytes = keyData;
  } else if (format === 'jwk') {
    if (keyData.kty === undefined) {
      throw lazyDOMException('Invalid keyData', 'DataError');
    }
    if (keyData.kty !== 'oct') {
      throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
    }
    if (typeof keyData.k !== 'string') {
      throw lazyDOMException('Invalid keyData', 'DataError');
    }
    checkJwk(keyData, usages, extractable, 'sig');
    if (keyData.alg !== undefined && keyData.alg !== kHashes[hash].jwk) {
      throw lazyDOMException(
        'JWK "alg" does not match the requested algorithm', 'DataError');
    }
    bytes = Buffer.from(keyData.k, 'base64url');
  } else {
    throw lazyDOMException(`Unable to import HMAC key with format ${format}`,
                           'NotSupportedError');
  }
  if (bytes.length === 0) {
    throw lazyDOMException('Zero-length key is not supported', 'DataError');
  }
  let length = bytes.length * 8;
  if (algorithm.length !== undefined) {
    if (algorithm.length === 0) {
      throw lazyDOMException('Zero-length key is not supported', 'DataError');
    }
    if (algorithm.length !== length) {
      throw lazyDOMException('Invalid key length', 'DataError');
    }
    length = algorithm.length;
  }
  return newCryptoKey(createSecretKeyFromBytes(bytes),
                      { name: 'HMAC', hash: { name: hash }, length },
                      usages, extractable);
}

function hmacExportJwk(key, jwk) {
  jwk.kty = 'oct';
  jwk.k = secretKeyBytes(keyObjectOf(key)).toString('base64url');
  jwk.alg = kHashes[key.algorithm.hash.name].jwk;
  return jwk;
}

function hmacOf(key, data) {
  return new Hmac(kHashes[key.algorithm.hash.name].openssl,
                  secretKeyBytes(keyObjectOf(key))).update(data).digest();
}

function hmacSign(key, data) {
  return toArrayBuffer(hmacOf(key, data));
}

function hmacVerify(key, signature, data) {
  const expected = hmacOf(key, data);
  return signature.length === expected.length &&
    binding.timingSafeEqual(signature, expected);
}

module.exports = {
  hmacExportJwk,
  hmacGenerateKey,
  hmacImportKey,
  hmacSign,
  hmacVerify,
  kHashes,
};
