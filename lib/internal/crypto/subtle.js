'use strict';

// Web Crypto's SubtleCrypto (crypto.subtle) and CryptoKey, for the
// algorithms built so far: digest with SHA-1/256/384/512, and HMAC keys
// (generateKey, importKey and exportKey as 'raw' or 'jwk', sign, verify).
// Every method is async, so bad arguments reject as in node. Built over
// the Hash/Hmac bindings and randomBytes; other algorithms are rejected as
// unrecognized.

const {
  ArrayBuffer,
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  ObjectDefineProperties,
  StringPrototypeToUpperCase,
  Symbol,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { nativeError } = require('internal/buffer');
const { kEnumerableProperty, customInspectSymbol: kInspect } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView, isDataView } = require('internal/util/types');
const { lazyDOMException } = require('internal/crypto/util');
const { binding } = require('internal/crypto/util');
const { Hash, Hmac } = require('internal/crypto/hash');
const { randomBytes } = require('internal/crypto/random');

const kType = Symbol('kType');
const kExtractable = Symbol('kExtractable');
const kAlgorithm = Symbol('kAlgorithm');
const kUsages = Symbol('kUsages');
const kKeyBytes = Symbol('kKeyBytes');

// The digests by their Web Crypto name: OpenSSL's name and HMAC's default
// key length in bits (the digest's block size).
const kDigests = {
  __proto__: null,
  'SHA-1': { openssl: 'sha1', blockBits: 512, jwk: 'HS1' },
  'SHA-256': { openssl: 'sha256', blockBits: 512, jwk: 'HS256' },
  'SHA-384': { openssl: 'sha384', blockBits: 1024, jwk: 'HS384' },
  'SHA-512': { openssl: 'sha512', blockBits: 1024, jwk: 'HS512' },
};
const kHmacUsages = ['sign', 'verify'];
const kKeyUsages = [
  'encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
  'wrapKey', 'unwrapKey',
];
const kKeyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];
const kOrdinals = ['1st', '2nd', '3rd', '4th', '5th'];

let constructing = false;

class CryptoKey {
  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }

  get type() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kType];
  }

  get extractable() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kExtractable];
  }

  get algorithm() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kAlgorithm];
  }

  get usages() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_THIS('CryptoKey');
    return this[kUsages];
  }
}

ObjectDefineProperties(CryptoKey.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false,
    value: 'CryptoKey',
  },
  type: kEnumerableProperty,
  extractable: kEnumerableProperty,
  algorithm: kEnumerableProperty,
  usages: kEnumerableProperty,
});

function isCryptoKey(value) {
  return value != null && value[kKeyBytes] !== undefined &&
    value instanceof CryptoKey;
}

function newHmacKey(bytes, algorithm, extractable, usages) {
  constructing = true;
  const key = new CryptoKey();
  constructing = false;
  key[kType] = 'secret';
  key[kExtractable] = extractable;
  key[kAlgorithm] = algorithm;
  key[kUsages] = usages;
  key[kKeyBytes] = bytes;
  return key;
}

// WebIDL-style argument errors, worded as node's.
function prefix(op) {
  return `Failed to execute '${op}' on 'SubtleCrypto'`;
}

function checkArgCount(op, count, required) {
  if (count < required) {
    throw nativeError(TypeError, 'ERR_MISSING_ARGS',
                      `${prefix(op)}: ${required} arguments required, ` +
                      `but only ${count} present.`);
  }
}

// A BufferSource argument as a private copy of its bytes.
function bufferSource(op, index, value) {
  if (isAnyArrayBuffer(value)) return Buffer.from(new Uint8Array(value));
  if (isArrayBufferView(value)) {
    if (isDataView(value)) {
      return Buffer.from(new Uint8Array(DataViewPrototypeGetBuffer(value),
                                        DataViewPrototypeGetByteOffset(value),
                                        DataViewPrototypeGetByteLength(value)));
    }
    return Buffer.from(new Uint8Array(TypedArrayPrototypeGetBuffer(value),
                                      TypedArrayPrototypeGetByteOffset(value),
                                      TypedArrayPrototypeGetByteLength(value)));
  }
  throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                    `${prefix(op)}: ${kOrdinals[index]} argument is not ` +
                    'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

function cryptoKeyArg(op, index, value) {
  if (!isCryptoKey(value)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix(op)}: ${kOrdinals[index]} argument is not ` +
                      'of type CryptoKey.');
  }
  return value;
}

function usagesArg(op, index, value) {
  if (value == null || typeof value !== 'object' ||
      typeof value[SymbolIterator] !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix(op)}: ${kOrdinals[index]} argument can not ` +
                      'be converted to sequence.');
  }
  const out = [];
  let i = 0;
  for (const usage of value) {
    const text = `${usage}`;
    if (!ArrayPrototypeIncludes(kKeyUsages, text)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                        `${prefix(op)}: ${kOrdinals[index]} argument, index ` +
                        `${i} value '${text}' is not a valid enum value of ` +
                        'type KeyUsage.');
    }
    i++;
    ArrayPrototypePush(out, text);
  }
  return out;
}

function formatArg(op, value) {
  const text = `${value}`;
  if (!ArrayPrototypeIncludes(kKeyFormats, text)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      `${prefix(op)}: 1st argument value '${text}' is not a ` +
                      'valid enum value of type KeyFormat.');
  }
  return text;
}

function unrecognized() {
  return lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

// An algorithm identifier (a name or an object with one) as its name, in
// the canonical case; `known` lists the names this operation supports.
function algorithmName(algorithm, known) {
  let name;
  if (algorithm !== null && typeof algorithm === 'object') {
    if (algorithm.name === undefined) {
      throw nativeError(
        TypeError, 'ERR_MISSING_OPTION',
        'Failed to normalize algorithm: passed algorithm can not be ' +
        "converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
    name = `${algorithm.name}`;
  } else {
    name = `${algorithm}`;
  }
  const upper = StringPrototypeToUpperCase(name);
  for (const candidate of known) {
    if (candidate === upper) return candidate;
  }
  throw unrecognized();
}

// The `hash` member of HMAC parameters, required.
function hmacHash(algorithm, dictionary) {
  if (algorithm === null || typeof algorithm !== 'object' ||
      algorithm.hash === undefined) {
    throw nativeError(
      TypeError, 'ERR_MISSING_OPTION',
      'Failed to normalize algorithm: passed algorithm can not be ' +
      `converted to '${dictionary}' because 'hash' is required in ` +
      `'${dictionary}'.`);
  }
  return algorithmName(algorithm.hash, ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']);
}

// Usages without repeats; each must be one HMAC keys allow.
function hmacUsages(usages, emptyMessage) {
  const out = [];
  for (const usage of usages) {
    if (!ArrayPrototypeIncludes(kHmacUsages, usage)) {
      throw lazyDOMException('Unsupported key usage for an HMAC key',
                             'SyntaxError');
    }
    if (!ArrayPrototypeIncludes(out, usage)) ArrayPrototypePush(out, usage);
  }
  if (out.length === 0) throw lazyDOMException(emptyMessage, 'SyntaxError');
  return out;
}

function toArrayBuffer(buf) {
  const out = new ArrayBuffer(buf.length);
  new Uint8Array(out).set(buf);
  return out;
}

function hmacOf(key, data) {
  const hash = kDigests[key[kAlgorithm].hash.name].openssl;
  return new Hmac(hash, key[kKeyBytes]).update(data).digest();
}

function checkKeyUse(key, op) {
  if (key[kAlgorithm].name !== 'HMAC' ||
      !ArrayPrototypeIncludes(key[kUsages], op)) {
    throw lazyDOMException(`Unable to use this key to ${op}`,
                           'InvalidAccessError');
  }
}

function checkThis(self) {
  if (!isSubtleCrypto(self)) throw new ERR_INVALID_THIS('SubtleCrypto');
}

let isSubtleCrypto;

class SubtleCrypto {
  #brand = true;

  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  static {
    isSubtleCrypto = (value) =>
      value != null && typeof value === 'object' && #brand in value;
  }

  async digest(algorithm, data) {
    checkThis(this);
    checkArgCount('digest', arguments.length, 2);
    const name = algorithmName(algorithm, ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']);
    const bytes = bufferSource('digest', 1, data);
    return toArrayBuffer(new Hash(kDigests[name].openssl).update(bytes).digest());
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this);
    checkArgCount('generateKey', arguments.length, 3);
    algorithmName(algorithm, ['HMAC']);
    const usages = usagesArg('generateKey', 2, keyUsages);
    const hash = hmacHash(algorithm, 'HmacKeyGenParams');
    let length = algorithm.length;
    if (length === undefined) {
      length = kDigests[hash].blockBits;
    } else {
      length = +length;
      if (length % 8 !== 0) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                          "The property 'algorithm.length' must be a " +
                          `multiple of 8. Received ${length}`);
      }
    }
    const keyUsages2 = hmacUsages(usages, 'Usages cannot be empty when creating a key.');
    if (!(length > 0)) {
      throw lazyDOMException(
        'The operation failed for an operation-specific reason',
        'OperationError');
    }
    const bytes = randomBytes(length / 8);
    return newHmacKey(bytes, { name: 'HMAC', length, hash: { name: hash } },
                      !!extractable, keyUsages2);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this);
    checkArgCount('importKey', arguments.length, 5);
    format = formatArg('importKey', format);
    if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object') {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          `${prefix('importKey')}: 2nd argument can not be ` +
                          'converted to a dictionary');
      }
      if (keyData.key_ops !== undefined && !ArrayIsArray(keyData.key_ops)) {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                          `${prefix('importKey')}: 'key_ops' of ` +
                          "'JsonWebKey' (2nd argument) can not be " +
                          'converted to sequence.');
      }
    } else {
      keyData = bufferSource('importKey', 1, keyData);
    }
    algorithmName(algorithm, ['HMAC']);
    const usages = usagesArg('importKey', 4, keyUsages);
    const hash = hmacHash(algorithm, 'HmacImportParams');
    const keyUsages2 = hmacUsages(
      usages, 'Usages cannot be empty when importing a secret key.');
    let bytes;
    if (format === 'raw') {
      bytes = keyData;
    } else if (format === 'jwk') {
      if (keyData.kty !== 'oct') {
        throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      }
      if (typeof keyData.k !== 'string') {
        throw lazyDOMException('Invalid keyData', 'DataError');
      }
      if (keyData.use !== undefined && keyData.use !== 'sig') {
        throw lazyDOMException('Invalid JWK "use" Parameter', 'DataError');
      }
      if (keyData.key_ops !== undefined) {
        for (const usage of keyUsages2) {
          if (!ArrayPrototypeIncludes(keyData.key_ops, usage)) {
            throw lazyDOMException('Key operations and usage mismatch',
                                   'DataError');
          }
        }
      }
      if (keyData.ext !== undefined && keyData.ext === false && extractable) {
        throw lazyDOMException(
          'JWK "ext" Parameter and extractable mismatch', 'DataError');
      }
      if (keyData.alg !== undefined && keyData.alg !== kDigests[hash].jwk) {
        throw lazyDOMException(
          'JWK "alg" does not match the requested algorithm', 'DataError');
      }
      bytes = Buffer.from(keyData.k, 'base64url');
    } else {
      throw lazyDOMException(`Unable to import HMAC key with format ${format}`);
    }
    if (bytes.length === 0) {
      throw lazyDOMException('Zero-length key is not supported', 'DataError');
    }
    let length = bytes.length * 8;
    if (algorithm.length !== undefined) {
      if (+algorithm.length === 0) {
        throw lazyDOMException('Zero-length key is not supported', 'DataError');
      }
      if (+algorithm.length !== length) {
        throw lazyDOMException('Invalid key length', 'DataError');
      }
      length = +algorithm.length;
    }
    return newHmacKey(bytes, { name: 'HMAC', hash: { name: hash }, length },
                      !!extractable, keyUsages2);
  }

  async exportKey(format, key) {
    checkThis(this);
    checkArgCount('exportKey', arguments.length, 2);
    format = formatArg('exportKey', format);
    cryptoKeyArg('exportKey', 1, key);
    if (!key[kExtractable]) {
      throw lazyDOMException('key is not extractable', 'InvalidAccessException');
    }
    const bytes = key[kKeyBytes];
    if (format === 'raw') return toArrayBuffer(bytes);
    if (format === 'jwk') {
      return {
        key_ops: [...key[kUsages]],
        ext: key[kExtractable],
        kty: 'oct',
        k: bytes.toString('base64url'),
        alg: kDigests[key[kAlgorithm].hash.name].jwk,
      };
    }
    throw lazyDOMException('Unable to export a raw HMAC secret key',
                           'InvalidAccessError');
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    checkArgCount('sign', arguments.length, 3);
    algorithmName(algorithm, ['HMAC']);
    cryptoKeyArg('sign', 1, key);
    const bytes = bufferSource('sign', 2, data);
    checkKeyUse(key, 'sign');
    return toArrayBuffer(hmacOf(key, bytes));
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    checkArgCount('verify', arguments.length, 4);
    algorithmName(algorithm, ['HMAC']);
    cryptoKeyArg('verify', 1, key);
    const sig = bufferSource('verify', 2, signature);
    const bytes = bufferSource('verify', 3, data);
    checkKeyUse(key, 'verify');
    const expected = hmacOf(key, bytes);
    return sig.length === expected.length && binding.timingSafeEqual(sig, expected);
  }
}

ObjectDefineProperties(SubtleCrypto.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false,
    value: 'SubtleCrypto',
  },
  digest: kEnumerableProperty,
  generateKey: kEnumerableProperty,
  importKey: kEnumerableProperty,
  exportKey: kEnumerableProperty,
  sign: kEnumerableProperty,
  verify: kEnumerableProperty,
});

constructing = true;
const subtle = new SubtleCrypto();
constructing = false;

// The bytes of a secret CryptoKey (for createHmac and the like).
function secretKeyBytesOf(key) {
  return key[kKeyBytes];
}

module.exports = {
  CryptoKey,
  SubtleCrypto,
  isCryptoKey,
  secretKeyBytesOf,
  subtle,
};
