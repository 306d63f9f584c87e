'use strict';

// Web Crypto algorithm normalization for crypto.subtle: which algorithm
// names each operation takes, the parameter dictionary of each, and the
// WebIDL conversion of its members, with node's TypeErrors (wording and
// codes) for missing or mistyped members. A normalized algorithm is a plain
// object { name (canonical case), ...members }, BufferSource members copied.

const {
  MathTrunc,
  NumberIsFinite,
  ObjectKeys,
  String,
  StringPrototypeToUpperCase,
  TypeError,
} = primordials;

const { nativeError } = require('internal/buffer');
const { emitExperimentalWarning } = require('internal/util');
const { isUint8Array } = require('internal/util/types');
const { lazyDOMException } = require('internal/crypto/util');
const { bufferSourceCopy, isCryptoKey } = require('internal/crypto/subtle/key');

// Each dictionary: its members in WebIDL processing order (sorted by
// name), as [name, type, required].
const kDictionaries = {
  __proto__: null,
  AesKeyGenParams: [['length', 'unsigned short', true]],
  AesDerivedKeyParams: [['length', 'unsigned short', true]],
  AesCbcParams: [['iv', 'BufferSource', true]],
  AesCtrParams: [['counter', 'BufferSource', true], ['length', 'octet', true]],
  AesGcmParams: [
    ['additionalData', 'BufferSource', false],
    ['iv', 'BufferSource', true],
    ['tagLength', 'octet', false],
  ],
  RsaHashedKeyGenParams: [
    ['hash', 'HashAlgorithmIdentifier', true],
    ['modulusLength', 'unsigned long', true],
    ['publicExponent', 'BigInteger', true],
  ],
  RsaHashedImportParams: [['hash', 'HashAlgorithmIdentifier', true]],
  RsaPssParams: [['saltLength', 'unsigned long', true]],
  RsaOaepParams: [['label', 'BufferSource', false]],
  EcKeyGenParams: [['namedCurve', 'DOMString', true]],
  EcKeyImportParams: [['namedCurve', 'DOMString', true]],
  EcdsaParams: [['hash', 'HashAlgorithmIdentifier', true]],
  EcdhKeyDeriveParams: [['public', 'CryptoKey', true]],
  HmacKeyGenParams: [
    ['hash', 'HashAlgorithmIdentifier', true],
    ['length', 'unsigned long', false],
  ],
  HmacImportParams: [
    ['hash', 'HashAlgorithmIdentifier', true],
    ['length', 'unsigned long', false],
  ],
  HkdfParams: [
    ['hash', 'HashAlgorithmIdentifier', true],
    ['info', 'BufferSource', true],
    ['salt', 'BufferSource', true],
  ],
  Pbkdf2Params: [
    ['hash', 'HashAlgorithmIdentifier', true],
    ['iterations', 'unsigned long', true],
    ['salt', 'BufferSource', true],
  ],
  Ed448Params: [['context', 'BufferSource', false]],
};

// The algorithms of each operation and the dictionary each takes (null:
// only the name).
const kSupported = {
  __proto__: null,
  'digest': { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  'generateKey': {
    'RSASSA-PKCS1-v1_5': 'RsaHashedKeyGenParams',
    'RSA-PSS': 'RsaHashedKeyGenParams',
    'RSA-OAEP': 'RsaHashedKeyGenParams',
    'ECDSA': 'EcKeyGenParams',
    'ECDH': 'EcKeyGenParams',
    'AES-CTR': 'AesKeyGenParams',
    'AES-CBC': 'AesKeyGenParams',
    'AES-GCM': 'AesKeyGenParams',
    'AES-KW': 'AesKeyGenParams',
    'HMAC': 'HmacKeyGenParams',
    'X25519': null,
    'Ed25519': null,
    'X448': null,
    'Ed448': null,
  },
  'sign': {
    'RSASSA-PKCS1-v1_5': null,
    'RSA-PSS': 'RsaPssParams',
    'ECDSA': 'EcdsaParams',
    'HMAC': null,
    'Ed25519': null,
    'Ed448': 'Ed448Params',
  },
  'importKey': {
    'RSASSA-PKCS1-v1_5': 'RsaHashedImportParams',
    'RSA-PSS': 'RsaHashedImportParams',
    'RSA-OAEP': 'RsaHashedImportParams',
    'ECDSA': 'EcKeyImportParams',
    'ECDH': 'EcKeyImportParams',
    'HMAC': 'HmacImportParams',
    'HKDF': null,
    'PBKDF2': null,
    'AES-CTR': null,
    'AES-CBC': null,
    'AES-GCM': null,
    'AES-KW': null,
    'Ed25519': null,
    'X25519': null,
    'Ed448': null,
    'X448': null,
  },
  'deriveBits': {
    'HKDF': 'HkdfParams',
    'PBKDF2': 'Pbkdf2Params',
    'ECDH': 'EcdhKeyDeriveParams',
    'X25519': 'EcdhKeyDeriveParams',
    'X448': 'EcdhKeyDeriveParams',
  },
  'encrypt': {
    'RSA-OAEP': 'RsaOaepParams',
    'AES-CBC': 'AesCbcParams',
    'AES-GCM': 'AesGcmParams',
    'AES-CTR': 'AesCtrParams',
  },
  'get key length': {
    'AES-CBC': 'AesDerivedKeyParams',
    'AES-CTR': 'AesDerivedKeyParams',
    'AES-GCM': 'AesDerivedKeyParams',
    'AES-KW': 'AesDerivedKeyParams',
    'HMAC': 'HmacImportParams',
    'HKDF': null,
    'PBKDF2': null,
  },
  'wrapKey': { 'AES-KW': null },
};
kSupported.verify = kSupported.sign;
kSupported.decrypt = kSupported.encrypt;
kSupported.unwrapKey = kSupported.wrapKey;

// Node still marks these as experimental in Web Crypto.
const kExperimental = ['Ed448', 'X448'];

const kPrefix = 'Failed to normalize algorithm';

function missingMember(dictionary, member) {
  return nativeError(TypeError, 'ERR_MISSING_OPTION',
                     `${kPrefix}: passed algorithm can not be converted to ` +
                     `'${dictionary}' because '${member}' is required in ` +
                     `'${dictionary}'.`);
}

function memberContext(dictionary, member) {
  return `${kPrefix}: '${member}' of '${dictionary}' (passed algorithm)`;
}

const kIntegerMax = {
  __proto__: null,
  'octet': 255,
  'unsigned short': 65535,
  'unsigned long': 4294967295,
};

function convertMember(dictionary, member, type, value) {
  switch (type) {
    case 'BufferSource': {
      const copy = bufferSourceCopy(value);
      if (copy === undefined) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          `${memberContext(dictionary, member)} is not ` +
                          'instance of ArrayBuffer, Buffer, TypedArray, or ' +
                          'DataView.');
      }
      return copy;
    }
    case 'BigInteger':
      if (!isUint8Array(value)) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          `${memberContext(dictionary, member)} is not an ` +
                          'Uint8Array object.');
      }
      return value;
    case 'CryptoKey':
      if (!isCryptoKey(value)) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          `${memberContext(dictionary, member)} is not of ` +
                          'type CryptoKey.');
      }
      return value;
    case 'DOMString':
      return String(value);
    case 'HashAlgorithmIdentifier':
      return normalizeAlgorithm(value, 'digest');
    default: {
      // [EnforceRange] integers.
      const number = +value;
      if (!NumberIsFinite(number)) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          `${memberContext(dictionary, member)} is not a ` +
                          'finite number.');
      }
      const integer = MathTrunc(number);
      if (integer < 0 || integer > kIntegerMax[type]) {
        throw nativeError(TypeError, 'ERR_OUT_OF_RANGE',
                          `${memberContext(dictionary, member)} is outside ` +
                          `the expected range of 0 to ${kIntegerMax[type]}.`);
      }
      return integer === 0 ? 0 : integer;
    }
  }
}

// normalizeAlgorithm(algorithm, op): a name or an object with `name` (and
// the members of the dictionary that `op` takes for it).
function normalizeAlgorithm(algorithm, op) {
  if (algorithm === null || typeof algorithm !== 'object') {
    algorithm = { name: String(algorithm) };
  }
  if (algorithm.name === undefined) {
    throw missingMember('Algorithm', 'name');
  }
  const upper = StringPrototypeToUpperCase(String(algorithm.name));
  const registered = kSupported[op];
  let name;
  let dictionary;
  const names = ObjectKeys(registered);
  for (let i = 0; i < names.length; i++) {
    if (StringPrototypeToUpperCase(names[i]) === upper) {
      name = names[i];
      dictionary = registered[name];
    }
  }
  if (name === undefined) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  if (kExperimental[0] === name || kExperimental[1] === name) {
    emitExperimentalWarning(`The ${name} Web Crypto API algorithm`);
  }
  const normalized = { name };
  if (dictionary === null) return normalized;
  const members = kDictionaries[dictionary];
  for (let i = 0; i < members.length; i++) {
    const { 0: member, 1: type, 2: required } = members[i];
    const value = algorithm[member];
    if (value === undefined) {
      if (required) throw missingMember(dictionary, member);
      continue;
    }
    normalized[member] = convertMember(dictionary, member, type, value);
  }
  return normalized;
}

module.exports = {
  normalizeAlgorithm,
};
