'use strict';

// The crypto module over OpenSSL 3 (internalBinding('crypto'),
// src/crypto*.cc). Each capability lives in lib/internal/crypto/*.

const {
  ObjectDefineProperties,
} = primordials;

const { cachedResult } = require('internal/util');
const { binding } = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');

const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const { hkdf, hkdfSync } = require('internal/crypto/hkdf');

const {
  KeyObject,
  createSecretKey,
} = require('internal/crypto/keys');

let webcrypto;
const lazyWebCrypto = () => (webcrypto ??= require('internal/crypto/webcrypto'));

// crypto.getRandomValues(array): webcrypto's, called on the Crypto object.
function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

const getHashes = cachedResult(() => binding.getHashes());

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

module.exports = {
  createHash,
  createHmac,
  createSecretKey,
  getHashes,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  Hash,
  Hmac,
  KeyObject,
};

// Old names of randomBytes (documentation-only deprecation DEP0115).
const randomBytesAlias = {
  __proto__: null, configurable: true, enumerable: false,
  get: () => randomBytes, set: undefined,
};

ObjectDefineProperties(module.exports, {
  prng: randomBytesAlias,
  pseudoRandomBytes: randomBytesAlias,
  rng: randomBytesAlias,
  webcrypto: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return lazyWebCrypto().crypto; }, set: undefined,
  },
  getRandomValues: {
    __proto__: null, configurable: false, enumerable: true,
    get: () => getRandomValues, set: undefined,
  },
});
