'use strict';

// The crypto module over OpenSSL 3 (internalBinding('crypto'),
// src/crypto*.cc). Each capability lives in lib/internal/crypto/*.

const {
  ArrayPrototypeSlice,
  ObjectDefineProperties,
} = primordials;

const { cachedResult } = require('internal/util');
const { binding } = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');

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
  getHashes,
  hash,
  Hash,
  Hmac,
};
