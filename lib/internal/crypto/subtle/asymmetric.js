'use strict';

// What the crypto.subtle RSA, EC and CFRG (Ed25519/Ed448/X25519/X448)
// modules share: key pairs generated on the pool, keys read from SPKI,
// PKCS#8 and JWK into KeyObjects (failures as node's DataErrors), keys
// written back out, and the pool jobs for sign/verify and key agreement.

const {
  Promise,
} = primordials;

const { binding, kHandle, lazyDOMException } = require('internal/crypto/util');
const { createPrivateKey, createPublicKey } = require('internal/crypto/keys');
const { generateKeyPair } = require('internal/crypto/keygen');
const {
  checkUsages,
  jobPromise,
  keyObjectOf,
  toArrayBuffer,
} = require('internal/crypto/subtle/key');

const kNoPadding = -1;
const kDefaultSaltLength = -100;

function generatePair(type, options) {
  return new Promise((resolve, reject) => {
    generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) {
        reject(lazyDOMException(
          'The operation failed for an operation-specific reason',
          { name: 'OperationError', cause: err }));
      } else {
        resolve({ publicKey, privateKey });
      }
    });
  });
}

function invalidKeyData() {
  return lazyDOMException('Invalid keyData', 'DataError');
}

// A public ('spki') or private ('pkcs8') KeyObject of one of `types`, for
// `usages` that the key's kind allows (`pub` or `priv`, named as `article`
// in the error).
function importDer(format, data, types, usages, { pub, priv }, article) {
  checkUsages(usages, format === 'spki' ? pub : priv, article);
  let keyObject;
  try {
    const options = { key: data, format: 'der', type: format };
    keyObject = format === 'spki' ? createPublicKey(options) :
      createPrivateKey(options);
  } catch {
    throw invalidKeyData();
  }
  checkKeyType(keyObject, types);
  return keyObject;
}

function checkKeyType(keyObject, types) {
  const type = keyObject.asymmetricKeyType;
  for (let i = 0; i < types.length; i++) {
    if (types[i] === type) return;
  }
  throw lazyDOMException('Invalid key type', 'DataError');
}

// A KeyObject from a JWK (private when it has `d`).
function importJwk(jwk, types) {
  let keyObject;
  try {
    const options = { key: jwk, format: 'jwk' };
    keyObject = jwk.d !== undefined ? createPrivateKey(options) :
      createPublicKey(options);
  } catch {
    throw invalidKeyData();
  }
  checkKeyType(keyObject, types);
  return keyObject;
}

// 'spki' and 'pkcs8' exports as ArrayBuffers, after node's checks.
function exportDer(key, format) {
  const type = format === 'spki' ? 'public' : 'private';
  if (key.type !== type) {
    const shown = format === 'spki' ? 'raw' : 'pkcs8';
    throw lazyDOMException(
      `Unable to export a ${shown} ${key.algorithm.name} ${key.type} key`,
      'InvalidAccessError');
  }
  return toArrayBuffer(keyObjectOf(key).export({ format: 'der', type: format }));
}

function exportJwkFields(key, jwk) {
  const fields = keyObjectOf(key).export({ format: 'jwk' });
  for (const name in fields) jwk[name] = fields[name];
  return jwk;
}

// signOneShot on the pool: `digest` '' for Ed25519/Ed448.
function signJob(key, digest, data, padding = kNoPadding,
                 saltLength = kDefaultSaltLength, dsaEncoding = 0) {
  return jobPromise((job) => binding.signOneShot(
    job, digest, data, keyObjectOf(key)[kHandle], padding, saltLength,
    dsaEncoding));
}

function verifyJob(key, digest, signature, data, padding = kNoPadding,
                   saltLength = kDefaultSaltLength, dsaEncoding = 0) {
  return jobPromise((job) => binding.verifyOneShot(
    job, digest, data, keyObjectOf(key)[kHandle], signature, padding,
    saltLength, dsaEncoding));
}

// The shared secret of a private and a public CryptoKey, on the pool.
function agreeJob(privateKey, publicKey) {
  return jobPromise((job) => binding.diffieHellman(
    job, keyObjectOf(privateKey)[kHandle], keyObjectOf(publicKey)[kHandle]));
}

module.exports = {
  agreeJob,
  checkKeyType,
  exportDer,
  exportJwkFields,
  generatePair,
  importDer,
  importJwk,
  invalidKeyData,
  signJob,
  verifyJob,
};
