'use strict';

// crypto.subtle PBKDF2 and HKDF: their (non-extractable, 'raw') base keys
// and deriveBits, on the thread pool (the pbkdf2/hkdf bindings).

const { ArrayBuffer } = primordials;

const { binding, lazyDOMException } = require('internal/crypto/util');
const { createSecretKeyFromBytes, secretKeyBytes } = require('internal/crypto/keys');
const {
  checkUsages,
  jobPromise,
  keyObjectOf,
  newCryptoKey,
} = require('internal/crypto/subtle/key');
const { kHashes } = require('internal/crypto/subtle/hmac');

function kdfImportKey(algorithm, format, keyData, extractable, usages) {
  const { name } = algorithm;
  if (extractable) {
    throw lazyDOMException(`${name} keys are not extractable`, 'SyntaxError');
  }
  checkUsages(usages, ['deriveKey', 'deriveBits'], `a ${name} key`);
  if (format !== 'raw') {
    throw lazyDOMException(`Unable to import ${name} key with format ${format}`,
                           'NotSupportedError');
  }
  return newCryptoKey(createSecretKeyFromBytes(keyData), { name }, usages,
                      false);
}

function checkLength(length) {
  if (length === null) {
    throw lazyDOMException('length cannot be null', 'OperationError');
  }
  if (length % 8 !== 0) {
    throw lazyDOMException('length must be a multiple of 8', 'OperationError');
  }
}

async function pbkdf2DeriveBits(algorithm, key, length) {
  const { hash, salt, iterations } = algorithm;
  if (iterations === 0) {
    throw lazyDOMException('iterations cannot be zero', 'OperationError');
  }
  checkLength(length);
  if (length === 0) return new ArrayBuffer(0);
  return jobPromise((job) => binding.pbkdf2(
    job, secretKeyBytes(keyObjectOf(key)), salt, iterations, length / 8,
    kHashes[hash.name].openssl));
}

async function hkdfDeriveBits(algorithm, key, length) {
  const { hash, salt, info } = algorithm;
  checkLength(length);
  if (length === 0) return new ArrayBuffer(0);
  const bytes = length / 8;
  if (bytes > 255 * kHashes[hash.name].size) {
    throw lazyDOMException(
      'The operation failed for an operation-specific reason',
      'OperationError');
  }
  return jobPromise((job) => binding.hkdf(
    job, kHashes[hash.name].openssl, secretKeyBytes(keyObjectOf(key)), salt,
    info, bytes));
}

module.exports = {
  hkdfDeriveBits,
  kdfImportKey,
  pbkdf2DeriveBits,
};
