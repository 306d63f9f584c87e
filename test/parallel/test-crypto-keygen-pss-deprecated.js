'use strict';
// generateKeyPair('rsa-pss') options.hash and options.mgf1Hash: deprecated
// (DEP0154, warned at every use) but still honoured; a mismatch with the
// new names is ERR_INVALID_ARG_VALUE (thrown before mgf1Hash is looked at).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const hashWarning = [
  '"options.hash" is deprecated, use "options.hashAlgorithm" instead.', 'DEP0154'];
const mgf1Warning = [
  '"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.', 'DEP0154'];
common.expectWarning({
  DeprecationWarning: [hashWarning, mgf1Warning, hashWarning, hashWarning],
});

{
  const { publicKey } = crypto.generateKeyPairSync('rsa-pss', {
    modulusLength: 512, hash: 'sha256', mgf1Hash: 'sha512', saltLength: 4,
  });
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, {
    modulusLength: 512,
    publicExponent: 65537n,
    hashAlgorithm: 'sha256',
    mgf1HashAlgorithm: 'sha512',
    saltLength: 4,
  });
}

// Same value under both names: accepted (and still warned).
crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 512, hash: 'sha256', hashAlgorithm: 'sha256',
});

assert.throws(() => crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 512, hash: 'sha1', hashAlgorithm: 'sha256', mgf1Hash: 'sha1',
}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.hash' is invalid. Received 'sha1'",
});

// The new names alone do not warn.
crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 512, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256',
});
