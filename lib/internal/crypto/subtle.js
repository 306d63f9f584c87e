'use strict';

// Web Crypto's SubtleCrypto (crypto.subtle) as node 20 has it: digest,
// generateKey, importKey, exportKey, encrypt, decrypt, sign, verify,
// deriveBits, deriveKey, wrapKey and unwrapKey over the RSA, EC, CFRG, AES,
// HMAC and KDF modules in internal/crypto/subtle/. This file converts the
// arguments (WebIDL, node's TypeErrors), normalizes algorithms and
// dispatches; every method is async, so bad input rejects as in node. Keys
// are CryptoKeys (internal/crypto/subtle/key.js) over KeyObjects; the heavy
// work runs on the thread pool.

const {
  ArrayBufferPrototypeSlice,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  JSONParse,
  JSONStringify,
  MathCeil,
  MathTrunc,
  NumberIsFinite,
  ObjectDefineProperties,
  String,
  StringPrototypeRepeat,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { nativeError } = require('internal/buffer');
const { kEnumerableProperty } = require('internal/util');
const { binding, lazyDOMException } = require('internal/crypto/util');
const { secretKeyBytes } = require('internal/crypto/keys');
const {
  CryptoKey,
  bufferSourceCopy,
  isCryptoKey,
  jobPromise,
  keyObjectOf,
  toArrayBuffer,
} = require('internal/crypto/subtle/key');
const { normalizeAlgorithm } = require('internal/crypto/subtle/algorithms');
const { exportDer, agreeJob } = require('internal/crypto/subtle/asymmetric');
const aes = require('internal/crypto/subtle/aes');
const hmac = require('internal/crypto/subtle/hmac');
const kdf = require('internal/crypto/subtle/kdf');
const rsa = require('internal/crypto/subtle/rsa');
const ec = require('internal/crypto/subtle/ec');
const cfrg = require('internal/crypto/subtle/cfrg');

const kKeyUsages = [
  'encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
  'wrapKey', 'unwrapKey',
];
const kKeyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];
const kOrdinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

// Algorithm families by name.
function familyOf(name) {
  switch (name) {
    case 'RSASSA-PKCS1-v1_5':
    case 'RSA-PSS':
    case 'RSA-OAEP':
      return 'rsa';
    case 'ECDSA':
    case 'ECDH':
      return 'ec';
    case 'Ed25519':
    case 'Ed448':
    case 'X25519':
    case 'X448':
      return 'cfrg';
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW':
      return 'aes';
    case 'HMAC':
      return 'hmac';
    default:
      return 'kdf';
  }
}

// --- WebIDL argument conversion, worded as node's ---------------------------

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

function bufferSource(op, index, value) {
  const copy = bufferSourceCopy(value);
  if (copy === undefined) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix(op)}: ${kOrdinals[index]} argument is not ` +
                      'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  return copy;
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

const kJwkStrings = [
  'kty', 'use', 'alg', 'crv', 'x', 'y', 'd', 'n', 'e', 'p', 'q', 'dp', 'dq',
  'qi', 'k',
];

// A JsonWebKey dictionary: its known members converted, the rest dropped.
function jwkArg(op, index, value) {
  if (value == null) value = {};
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `${prefix(op)}: ${kOrdinals[index]} argument can not ` +
                      'be converted to a dictionary');
  }
  const jwk = {};
  for (let i = 0; i < kJwkStrings.length; i++) {
    const member = kJwkStrings[i];
    if (value[member] !== undefined) jwk[member] = String(value[member]);
  }
  if (value.ext !== undefined) jwk.ext = !!value.ext;
  const ops = value.key_ops;
  if (ops !== undefined) {
    if (ops === null || typeof ops !== 'object' ||
        typeof ops[SymbolIterator] !== 'function') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        `${prefix(op)}: 'key_ops' of 'JsonWebKey' ` +
                        `(${kOrdinals[index]} argument) can not be ` +
                        'converted to sequence.');
    }
    jwk.key_ops = [];
    for (const item of ops) ArrayPrototypePush(jwk.key_ops, String(item));
  }
  return jwk;
}

// WebIDL `unsigned long` without [EnforceRange]: modulo 2^32.
function unsignedLong(value) {
  const number = +value;
  if (!NumberIsFinite(number)) return 0;
  const mod = MathTrunc(number) % 4294967296;
  return mod < 0 ? mod + 4294967296 : mod + 0;
}

function checkThis(self) {
  if (!isSubtleCrypto(self)) throw new ERR_INVALID_THIS('SubtleCrypto');
}

// --- operations -------------------------------------------------------------

function doGenerateKey(algorithm, extractable, usages) {
  switch (familyOf(algorithm.name)) {
    case 'rsa': return rsa.rsaGenerateKey(algorithm, extractable, usages);
    case 'ec': return ec.ecGenerateKey(algorithm, extractable, usages);
    case 'cfrg': return cfrg.cfrgGenerateKey(algorithm, extractable, usages);
    case 'aes': return aes.aesGenerateKey(algorithm, extractable, usages);
    default: return hmac.hmacGenerateKey(algorithm, extractable, usages);
  }
}

function doImportKey(format, keyData, algorithm, extractable, usages) {
  switch (familyOf(algorithm.name)) {
    case 'rsa':
      return rsa.rsaImportKey(algorithm, format, keyData, extractable, usages);
    case 'ec':
      return ec.ecImportKey(algorithm, format, keyData, extractable, usages);
    case 'cfrg':
      return cfrg.cfrgImportKey(algorithm, format, keyData, extractable, usages);
    case 'aes':
      return aes.aesImportKey(algorithm, format, keyData, extractable, usages);
    case 'hmac':
      return hmac.hmacImportKey(algorithm, format, keyData, extractable, usages);
    default:
      return kdf.kdfImportKey(algorithm, format, keyData, extractable, usages);
  }
}

function importKeyNormalized(format, keyData, algorithm, extractable, usages) {
  algorithm = normalizeAlgorithm(algorithm, 'importKey');
  const key = doImportKey(format, keyData, algorithm, extractable, usages);
  if ((key.type === 'secret' || key.type === 'private') &&
      key.usages.length === 0) {
    throw lazyDOMException(
      `Usages cannot be empty when importing a ${key.type} key.`,
      'SyntaxError');
  }
  return key;
}

function exportKeyChecked(format, key) {
  if (!key.extractable) {
    throw lazyDOMException('key is not extractable', 'InvalidAccessException');
  }
  const { name } = key.algorithm;
  const family = familyOf(name);
  switch (format) {
    case 'spki':
    case 'pkcs8':
      if (family === 'rsa' || family === 'ec' || family === 'cfrg') {
        return exportDer(key, format);
      }
      throw lazyDOMException(
        `Unable to export a ${format === 'spki' ? 'raw' : 'pkcs8'} ${name} ` +
        `${key.type} key`, 'InvalidAccessError');
    case 'raw':
      if (family === 'aes' || family === 'hmac') {
        return toArrayBuffer(secretKeyBytes(keyObjectOf(key)));
      }
      if (key.type === 'public' && family === 'ec') return ec.ecExportRaw(key);
      if (key.type === 'public' && family === 'cfrg') {
        return cfrg.cfrgExportRaw(key);
      }
      throw lazyDOMException(`Unable to export a raw ${name} ${key.type} key`,
                             'InvalidAccessError');
    default: {
      const jwk = { key_ops: ArrayPrototypeSlice(key.usages), ext: key.extractable };
      switch (family) {
        case 'rsa': return rsa.rsaExportJwk(key, jwk);
        case 'ec': return ec.ecExportJwk(key, jwk);
        case 'cfrg': return cfrg.cfrgExportJwk(key, jwk);
        case 'aes': return aes.aesExportJwk(key, jwk);
        case 'hmac': return hmac.hmacExportJwk(key, jwk);
      }
      throw lazyDOMException('Not yet supported', 'NotSupportedError');
    }
  }
}

function cipherOrWrap(algorithm, key, data, op, encrypt) {
  if (key.algorithm.name !== algorithm.name ||
      !ArrayPrototypeIncludes(key.usages, op)) {
    throw lazyDOMException(
      'The requested operation is not valid for the provided key',
      'InvalidAccessError');
  }
  switch (algorithm.name) {
    case 'RSA-OAEP':
      return rsa.rsaOaepCipher(algorithm, key, data, encrypt);
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
      return aes.aesCipher(algorithm, key, data, encrypt);
    case 'AES-KW':
      if (op === 'wrapKey' || op === 'unwrapKey') {
        return aes.aesCipher(algorithm, key, data, encrypt);
      }
  }
  throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

function signVerify(algorithm, key, data, signature) {
  const usage = signature === undefined ? 'sign' : 'verify';
  algorithm = normalizeAlgorithm(algorithm, usage);
  if (!ArrayPrototypeIncludes(key.usages, usage) ||
      algorithm.name !== key.algorithm.name) {
    throw lazyDOMException(`Unable to use this key to ${usage}`,
                           'InvalidAccessError');
  }
  const sign = signature === undefined;
  switch (familyOf(algorithm.name)) {
    case 'rsa':
      return sign ? rsa.rsaSign(algorithm, key, data) :
        rsa.rsaVerify(algorithm, key, signature, data);
    case 'ec':
      return sign ? ec.ecdsaSign(algorithm, key, data) :
        ec.ecdsaVerify(algorithm, key, signature, data);
    case 'cfrg':
      return sign ? cfrg.eddsaSign(algorithm, key, data) :
        cfrg.eddsaVerify(algorithm, key, signature, data);
    default:
      return sign ? hmac.hmacSign(key, data) :
        hmac.hmacVerify(key, signature, data);
  }
}

async function ecdhDeriveBits(algorithm, baseKey, length) {
  const publicKey = algorithm.public;
  if (publicKey.type !== 'public') {
    throw lazyDOMException('algorithm.public must be a public key',
                           'InvalidAccessError');
  }
  if (baseKey.type !== 'private') {
    throw lazyDOMException('baseKey must be a private key',
                           'InvalidAccessError');
  }
  const name = publicKey.algorithm.name;
  if (name !== 'ECDH' && name !== 'X25519' && name !== 'X448') {
    throw lazyDOMException('Keys must be ECDH, X25519, or X448 keys',
                           'InvalidAccessError');
  }
  if (name !== baseKey.algorithm.name) {
    throw lazyDOMException(
      'The public and private keys must be of the same type',
      'InvalidAccessError');
  }
  if (name === 'ECDH' &&
      publicKey.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw lazyDOMException('Named curve mismatch', 'InvalidAccessError');
  }
  const bits = await agreeJob(baseKey, publicKey);
  if (length === null) return bits;
  const bytes = MathCeil(length / 8);
  if (bits.byteLength < bytes) {
    throw lazyDOMException('derived bit length is too small',
                           'OperationError');
  }
  const out = bytes === bits.byteLength ? bits :
    ArrayBufferPrototypeSlice(bits, 0, bytes);
  // Bits past `length` in the last byte are zeroed.
  if (length % 8 !== 0) {
    const view = new Uint8Array(out);
    view[bytes - 1] &= 0xff << (8 - (length % 8));
  }
  return out;
}

function doDeriveBits(algorithm, baseKey, length) {
  switch (algorithm.name) {
    case 'HKDF': return kdf.hkdfDeriveBits(algorithm, baseKey, length);
    case 'PBKDF2': return kdf.pbkdf2DeriveBits(algorithm, baseKey, length);
    default: return ecdhDeriveBits(algorithm, baseKey, length);
  }
}

function checkBaseKey(algorithm, baseKey, usage) {
  if (!ArrayPrototypeIncludes(baseKey.usages, usage)) {
    throw lazyDOMException(`baseKey does not have ${usage} usage`,
                           'InvalidAccessError');
  }
  if (baseKey.algorithm.name !== algorithm.name) {
    throw lazyDOMException('Key algorithm mismatch', 'InvalidAccessError');
  }
}

// The length in bits deriveKey asks for, as node computes it.
function keyLengthFor(algorithm) {
  switch (algorithm.name) {
    case 'AES-CTR':
    case 'AES-CBC':
    case 'AES-GCM':
    case 'AES-KW': {
      const { length } = algorithm;
      if (length !== 128 && length !== 192 && length !== 256) {
        throw lazyDOMException('Invalid key length', 'OperationError');
      }
      return length;
    }
    case 'HMAC':
      if (algorithm.length === undefined) {
        return hmac.kHashes[algorithm.hash.name].blockBits;
      }
      if (algorithm.length !== 0) return algorithm.length;
      throw lazyDOMException('Invalid key length', 'OperationError');
    default:
      return null;
  }
}

let isSubtleCrypto;
let constructing = false;

class SubtleCrypto {
  #brand = true;

  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  static {
    isSubtleCrypto = (value) =>
      value != null && typeof value === 'object' && #brand in value;
  }

  async encrypt(algorithm, key, data) {
    checkThis(this);
    checkArgCount('encrypt', arguments.length, 3);
    cryptoKeyArg('encrypt', 1, key);
    data = bufferSource('encrypt', 2, data);
    algorithm = normalizeAlgorithm(algorithm, 'encrypt');
    return cipherOrWrap(algorithm, key, data, 'encrypt', true);
  }

  async decrypt(algorithm, key, data) {
    checkThis(this);
    checkArgCount('decrypt', arguments.length, 3);
    cryptoKeyArg('decrypt', 1, key);
    data = bufferSource('decrypt', 2, data);
    algorithm = normalizeAlgorithm(algorithm, 'decrypt');
    return cipherOrWrap(algorithm, key, data, 'decrypt', false);
  }

  async sign(algorithm, key, data) {
    checkThis(this);
    checkArgCount('sign', arguments.length, 3);
    cryptoKeyArg('sign', 1, key);
    data = bufferSource('sign', 2, data);
    return signVerify(algorithm, key, data);
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this);
    checkArgCount('verify', arguments.length, 4);
    cryptoKeyArg('verify', 1, key);
    signature = bufferSource('verify', 2, signature);
    data = bufferSource('verify', 3, data);
    return signVerify(algorithm, key, data, signature);
  }

  async digest(algorithm, data) {
    checkThis(this);
    checkArgCount('digest', arguments.length, 2);
    data = bufferSource('digest', 1, data);
    const { name } = normalizeAlgorithm(algorithm, 'digest');
    return jobPromise((job) => binding.digestJob(job, hmac.kHashes[name].openssl, data));
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this);
    checkArgCount('generateKey', arguments.length, 3);
    extractable = !!extractable;
    const usages = usagesArg('generateKey', 2, keyUsages);
    algorithm = normalizeAlgorithm(algorithm, 'generateKey');
    const result = await doGenerateKey(algorithm, extractable, usages);
    const check = isCryptoKey(result) ? result : result.privateKey;
    if (check.type !== 'public' && check.usages.length === 0) {
      throw lazyDOMException('Usages cannot be empty when creating a key.',
                             'SyntaxError');
    }
    return result;
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable,
                  keyUsages) {
    checkThis(this);
    checkArgCount('deriveKey', arguments.length, 5);
    cryptoKeyArg('deriveKey', 1, baseKey);
    extractable = !!extractable;
    const usages = usagesArg('deriveKey', 4, keyUsages);
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    checkBaseKey(algorithm, baseKey, 'deriveKey');
    const length = keyLengthFor(
      normalizeAlgorithm(derivedKeyAlgorithm, 'get key length'));
    const bits = await doDeriveBits(algorithm, baseKey, length);
    return importKeyNormalized('raw', Buffer.from(bits), derivedKeyAlgorithm,
                               extractable, usages);
  }

  async deriveBits(algorithm, baseKey, length = null) {
    checkThis(this);
    checkArgCount('deriveBits', arguments.length, 2);
    cryptoKeyArg('deriveBits', 1, baseKey);
    if (length !== null) length = unsignedLong(length);
    algorithm = normalizeAlgorithm(algorithm, 'deriveBits');
    checkBaseKey(algorithm, baseKey, 'deriveBits');
    return doDeriveBits(algorithm, baseKey, length);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this);
    checkArgCount('importKey', arguments.length, 4);
    format = formatArg('importKey', format);
    keyData = format === 'jwk' ? jwkArg('importKey', 1, keyData) :
      bufferSource('importKey', 1, keyData);
    extractable = !!extractable;
    const usages = usagesArg('importKey', 4, keyUsages);
    return importKeyNormalized(format, keyData, algorithm, extractable, usages);
  }

  async exportKey(format, key) {
    checkThis(this);
    checkArgCount('exportKey', arguments.length, 2);
    format = formatArg('exportKey', format);
    cryptoKeyArg('exportKey', 1, key);
    return exportKeyChecked(format, key);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this);
    checkArgCount('wrapKey', arguments.length, 4);
    format = formatArg('wrapKey', format);
    cryptoKeyArg('wrapKey', 1, key);
    cryptoKeyArg('wrapKey', 2, wrappingKey);
    let algorithm;
    try {
      algorithm = normalizeAlgorithm(wrapAlgorithm, 'wrapKey');
    } catch {
      algorithm = normalizeAlgorithm(wrapAlgorithm, 'encrypt');
    }
    let data = exportKeyChecked(format, key);
    if (format === 'jwk') {
      let json = JSONStringify(data);
      // AES-KW needs a multiple of 8 bytes: pad the JSON with spaces.
      if (algorithm.name === 'AES-KW' && json.length % 8 !== 0) {
        json += StringPrototypeRepeat(' ', 8 - (json.length % 8));
      }
      data = Buffer.from(json, 'utf8');
    } else {
      data = Buffer.from(data);
    }
    return cipherOrWrap(algorithm, wrappingKey, data, 'wrapKey', true);
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm,
                  unwrappedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this);
    checkArgCount('unwrapKey', arguments.length, 7);
    format = formatArg('unwrapKey', format);
    wrappedKey = bufferSource('unwrapKey', 1, wrappedKey);
    cryptoKeyArg('unwrapKey', 2, unwrappingKey);
    extractable = !!extractable;
    const usages = usagesArg('unwrapKey', 6, keyUsages);
    let algorithm;
    try {
      algorithm = normalizeAlgorithm(unwrapAlgorithm, 'unwrapKey');
    } catch {
      algorithm = normalizeAlgorithm(unwrapAlgorithm, 'decrypt');
    }
    let keyData = Buffer.from(await cipherOrWrap(
      algorithm, unwrappingKey, wrappedKey, 'unwrapKey', false));
    if (format === 'jwk') {
      const { TextDecoder } = require('internal/encoding');
      try {
        keyData = JSONParse(new TextDecoder('utf-8', { fatal: true }).decode(keyData));
      } catch {
        throw lazyDOMException('Invalid wrapped JWK key', 'DataError');
      }
      keyData = jwkArg('unwrapKey', 1, keyData);
    }
    return importKeyNormalized(format, keyData, unwrappedKeyAlgorithm,
                               extractable, usages);
  }
}

const kMethods = [
  'encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey',
  'deriveKey', 'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey',
];
const descriptors = {
  [SymbolToStringTag]: {
    __proto__: null, enumerable: false, configurable: true, writable: false,
    value: 'SubtleCrypto',
  },
};
for (let i = 0; i < kMethods.length; i++) {
  descriptors[kMethods[i]] = kEnumerableProperty;
}
ObjectDefineProperties(SubtleCrypto.prototype, descriptors);

constructing = true;
const subtle = new SubtleCrypto();
constructing = false;

module.exports = {
  CryptoKey,
  SubtleCrypto,
  subtle,
};
