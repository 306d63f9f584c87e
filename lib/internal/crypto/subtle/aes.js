'use strict';

// crypto.subtle AES: AES-CBC, AES-CTR, AES-GCM and AES-KW keys (generate,
// import/export as 'raw' or 'jwk') and encrypt/decrypt/wrap/unwrap, run on
// the thread pool (binding.aesCipher).

const {
  ArrayPrototypeIncludes,
  StringPrototypeSlice,
} = primordials;

const { Buffer } = require('buffer');
const { binding, lazyDOMException } = require('internal/crypto/util');
const { createSecretKeyFromBytes, secretKeyBytes } = require('internal/crypto/keys');
const { randomBytes } = require('internal/crypto/random');
const {
  checkJwk,
  checkUsages,
  jobPromise,
  keyObjectOf,
  newCryptoKey,
  uniqueUsages,
} = require('internal/crypto/subtle/key');

const kModes = { __proto__: null, 'AES-CBC': 0, 'AES-CTR': 1, 'AES-GCM': 2, 'AES-KW': 3 };
const kTagLengths = [32, 64, 96, 104, 112, 120, 128];

function jwkAlg(name, length) {
  return `A${length}${StringPrototypeSlice(name, 4)}`;
}

function usagesFor(name) {
  return name === 'AES-KW' ? ['wrapKey', 'unwrapKey'] :
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
}

function cipherName(name, length) {
  switch (name) {
    case 'AES-CBC': return `aes-${length}-cbc`;
    case 'AES-CTR': return `aes-${length}-ctr`;
    case 'AES-GCM': return `aes-${length}-gcm`;
    default: return `id-aes${length}-wrap`;
  }
}

function checkLength(length, name) {
  if (length !== 128 && length !== 192 && length !== 256) {
    throw lazyDOMException(
      name === undefined ? 'Invalid key length' :
        'AES key length must be 128, 192, or 256 bits',
      name === undefined ? 'DataError' : 'OperationError');
  }
}

function aesGenerateKey(algorithm, extractable, usages) {
  const { name, length } = algorithm;
  checkUsages(usages, usagesFor(name), 'an AES key');
  checkLength(length, name);
  return newCryptoKey(createSecretKeyFromBytes(randomBytes(length / 8)),
                      { name, length }, uniqueUsages(usages), extractable);
}

function aesImportKey(algorithm, format, keyData, extractable, usages) {
  const { name } = algorithm;
  checkUsages(usages, usagesFor(name), 'an AES key');
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
    checkJwk(keyData, usages, extractable, 'enc');
    if (typeof keyData.k !== 'string') {
      throw lazyDOMException('Invalid keyData', 'DataError');
    }
    bytes = Buffer.from(keyData.k, 'base64url');
    checkLength(bytes.length * 8);
    if (keyData.alg !== undefined &&
        keyData.alg !== jwkAlg(name, bytes.length * 8)) {
      throw lazyDOMException(
        'JWK "alg" does not match the requested algorithm', 'DataError');
    }
  } else {
    throw lazyDOMException(`Unable to import AES key with format ${format}`,
                           'NotSupportedError');
  }
  checkLength(bytes.length * 8);
  return newCryptoKey(createSecretKeyFromBytes(bytes),
                      { name, length: bytes.length * 8 }, usages, extractable);
}

function aesExportJwk(key, jwk) {
  jwk.kty = 'oct';
  jwk.k = secretKeyBytes(keyObjectOf(key)).toString('base64url');
  jwk.alg = jwkAlg(key.algorithm.name, key.algorithm.length);
  return jwk;
}

function run(algorithm, key, encrypt, data, iv, aad, tagBytes, counterBits) {
  const { name, length } = key.algorithm;
  return jobPromise((job) => binding.aesCipher(
    job, cipherName(name, length), kModes[name], encrypt,
    secretKeyBytes(keyObjectOf(key)), iv, data, aad ?? null, tagBytes,
    counterBits));
}

const kEmpty = Buffer.alloc(0);

async function aesCipher(algorithm, key, data, encrypt) {
  switch (algorithm.name) {
    case 'AES-CBC':
      if (algorithm.iv.length !== 16) {
        throw lazyDOMException('algorithm.iv must contain exactly 16 bytes',
                               'OperationError');
      }
      return run(algorithm, key, encrypt, data, algorithm.iv, null, 0, 0);
    case 'AES-CTR':
      if (algorithm.counter.length !== 16) {
        throw lazyDOMException(
          'algorithm.counter must contain exactly 16 bytes', 'OperationError');
      }
      if (algorithm.length === 0 || algorithm.length > 128) {
        throw lazyDOMException(
          'AES-CTR algorithm.length must be between 1 and 128',
          'OperationError');
      }
      return run(algorithm, key, encrypt, data, algorithm.counter, null, 0,
                 algorithm.length);
    case 'AES-GCM': {
      const tagLength = algorithm.tagLength ?? 128;
      if (!ArrayPrototypeIncludes(kTagLengths, tagLength)) {
        throw lazyDOMException(
          `${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
      }
      if (!encrypt && data.length < tagLength / 8) {
        throw lazyDOMException('The provided data is too small.',
                               'OperationError');
      }
      return run(algorithm, key, encrypt, data, algorithm.iv,
                 algorithm.additionalData, tagLength / 8, 0);
    }
    default:
      return run(algorithm, key, encrypt, data, kEmpty, null, 0, 0);
  }
}

module.exports = {
  aesCipher,
  aesExportJwk,
  aesGenerateKey,
  aesImportKey,
};
