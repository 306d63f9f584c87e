'use strict';

// The crypto module over OpenSSL 3 (internalBinding('crypto'),
// src/crypto*.cc). Each capability lives in lib/internal/crypto/*.

const {
  ObjectDefineProperties,
  ObjectKeys,
  TypeError,
  Uint8Array,
} = primordials;

const { cachedResult, deprecate } = require('internal/util');
const { nativeError } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateInt32,
  validateObject,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding, pendingDeprecation } = require('internal/crypto/util');
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
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
} = require('internal/crypto/cipher');
const {
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  diffieHellman,
} = require('internal/crypto/diffiehellman');
const {
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
} = require('internal/crypto/keygen');
const {
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
} = require('internal/crypto/prime');
const {
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
} = require('internal/crypto/rsa_cipher');
const {
  Sign,
  Verify,
  signOneShot,
  verifyOneShot,
} = require('internal/crypto/sig');
const {
  KeyObject,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
} = require('internal/crypto/keys');
const { X509Certificate } = require('internal/crypto/x509');
const Certificate = require('internal/crypto/certificate');

let webcrypto;
const lazyWebCrypto = () => (webcrypto ??= require('internal/crypto/webcrypto'));

// crypto.getRandomValues(array): webcrypto's, called on the Crypto object.
function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

const getHashes = cachedResult(() => binding.getHashes());

const getCurves = cachedResult(() => binding.getCurves());
const getCiphers = cachedResult(() => binding.getCiphers());

// The password-based forms, deprecated (DEP0106) but still in node 20.
function createCipher(cipher, password, options) {
  return new Cipher(cipher, password, options);
}

function createDecipher(cipher, password, options) {
  return new Decipher(cipher, password, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength = -1;
  let ivLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) {
      validateInt32(options.keyLength, 'options.keyLength');
      keyLength = options.keyLength;
    }
    if (options.ivLength !== undefined) {
      validateInt32(options.ivLength, 'options.ivLength');
      ivLength = options.ivLength;
    }
  }
  return binding.getCipherInfo(`${nameOrNid}`, keyLength, ivLength);
}

function timingSafeEqual(buf1, buf2) {
  return binding.timingSafeEqual(checkComparable(buf1, 'buf1'),
                                 checkComparable(buf2, 'buf2'));
}

function checkComparable(buf, name) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  if (!isArrayBufferView(buf)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `The "${name}" argument must be an instance of ` +
                      'ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  return buf;
}

function getFips() {
  return binding.getFips();
}

function setFips(val) {
  binding.setFips(!!val);
}

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

function createECDH(curve) {
  return new ECDH(curve);
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

module.exports = {
  checkPrime,
  checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman,
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
  generatePrime,
  generatePrimeSync,
  getCipherInfo,
  getCiphers,
  getCurves,
  getDiffieHellman: createDiffieHellmanGroup,
  getFips,
  getHashes,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  secureHeapUsed,
  setFips,
  sign: signOneShot,
  timingSafeEqual,
  verify: verifyOneShot,
  Certificate,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject,
  Sign,
  Verify,
  X509Certificate,
};

// OpenSSL's secure heap (--secure-heap, --secure-heap-min); all zeros
// when there is none.
function secureHeapUsed() {
  const usage = binding.secureHeapUsed();
  if (usage === undefined) return { total: 0, used: 0, utilization: 0, min: 0 };
  const { 0: total, 1: min, 2: used } = usage;
  return { total, used, utilization: used / total, min };
}

// crypto.constants: OpenSSL's numbers (from the binding) and the default
// TLS cipher lists, in node's key order.
const kDefaultCipherList =
  'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:' +
  'HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
const constants = {};
for (const key of ObjectKeys(binding.constants)) {
  constants[key] = binding.constants[key];
  if (key === 'RSA_PSS_SALTLEN_AUTO') constants.defaultCoreCipherList = kDefaultCipherList;
}
constants.defaultCipherList = kDefaultCipherList;

// Old names of randomBytes (DEP0115: documentation-only, a warning under
// --pending-deprecation).
function randomBytesAlias(name) {
  const fn = pendingDeprecation() ?
    deprecate(randomBytes, `crypto.${name} is deprecated.`, 'DEP0115') :
    randomBytes;
  return {
    __proto__: null, configurable: true, enumerable: false,
    get: () => fn, set: undefined,
  };
}

ObjectDefineProperties(module.exports, {
  createCipher: {
    __proto__: null, configurable: false, enumerable: false, writable: false,
    value: deprecate(createCipher, 'crypto.createCipher is deprecated.', 'DEP0106'),
  },
  createDecipher: {
    __proto__: null, configurable: false, enumerable: false, writable: false,
    value: deprecate(createDecipher, 'crypto.createDecipher is deprecated.', 'DEP0106'),
  },
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  fips: {
    __proto__: null, configurable: false, enumerable: false,
    get: getFips, set: setFips,
  },
  prng: randomBytesAlias('prng'),
  pseudoRandomBytes: randomBytesAlias('pseudoRandomBytes'),
  rng: randomBytesAlias('rng'),
  webcrypto: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return lazyWebCrypto().crypto; }, set: undefined,
  },
  subtle: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; }, set: undefined,
  },
  getRandomValues: {
    __proto__: null, configurable: false, enumerable: true,
    get: () => getRandomValues, set: undefined,
  },
});
