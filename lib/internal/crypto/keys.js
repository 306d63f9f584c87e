'use strict';

// KeyObject and its subclasses: secret keys hold their bytes in JS;
// public and private keys hold a native KeyObjectHandle (an EVP_PKEY, see
// src/crypto_keys.cc). createSecretKey/createPublicKey/createPrivateKey and
// the key-input parsing every other crypto API shares live here.
// KeyObjects are cloneable (postMessage, structuredClone): on the same
// thread a clone shares the handle, on another it gets the key again from
// its bytes (secret) or its DER form (spki, pkcs8).

const {
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  ReflectConstruct,
  Symbol,
  SymbolToStringTag,
  TypeError,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { nativeError } = require('internal/buffer');
const {
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding, kHandle, kKeyObject } = require('internal/crypto/util');
const {
  JSTransferable,
  kClone,
  kDeserialize,
  shareLocally,
  takeShared,
} = require('internal/worker/js_transferable');

const { KeyObjectHandle } = binding;
// Native handles are recognised by this mark (set on the prototype).
KeyObjectHandle.prototype[kKeyObject] = true;

const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
const kKindPublic = 0;
const kKindPrivate = 1;
const kKindPublicOrPrivate = 2;
const kReadPrivate = 2;
const kSecretBytes = Symbol('kSecretBytes');

class KeyObject extends JSTransferable {
  constructor(type, handle) {
    super();
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null ||
        !(handle[kKeyObject] === true)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    ObjectDefineProperty(this, kHandle, {
      __proto__: null, value: handle, enumerable: false, configurable: false,
      writable: false,
    });
  }

  get type() {
    return this[kKeyType];
  }

  [kClone]() {
    const type = this[kKeyType];
    const handle = this[kHandle];
    let bytes;
    if (type === 'secret') {
      bytes = handle[kSecretBytes];
    } else {
      bytes = handle.exportDer(type === 'public',
                               type === 'public' ? 'spki' : 'pkcs8',
                               null, null);
    }
    return {
      data: { type, bytes, shared: shareLocally(handle) },
      deserializeInfo: 'internal/crypto/keys:ClonedKeyObject',
    };
  }

  [kDeserialize]({ type, bytes, shared }) {
    let handle = takeShared(shared);
    if (handle === undefined) {
      if (type === 'secret') {
        handle = new SecretKeyHandle(new FastBuffer(bytes.buffer,
                                                    bytes.byteOffset,
                                                    bytes.length));
      } else {
        handle = new KeyObjectHandle();
        handle.read = handle.initDer(
          type === 'public' ? kKindPublic : kKindPrivate, new Uint8Array(bytes),
          type === 'public' ? 'spki' : 'pkcs8', null);
      }
    }
    ObjectSetPrototypeOf(this, type === 'secret' ?
      SecretKeyObject.prototype : type === 'public' ?
        PublicKeyObject.prototype : PrivateKeyObject.prototype);
    this[kKeyType] = type;
    ObjectDefineProperty(this, kHandle, {
      __proto__: null, value: handle, enumerable: false, configurable: false,
      writable: false,
    });
  }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return lazySubtle().keyObjectOf(key);
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
      this[kHandle].equals(otherKeyObject[kHandle]);
  }
}

ObjectDefineProperty(KeyObject.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'KeyObject',
});

// The handle of a secret key: its bytes (a private copy).
class SecretKeyHandle {
  constructor(bytes) {
    this[kKeyObject] = true;
    this[kSecretBytes] = bytes;
  }

  equals(other) {
    const a = this[kSecretBytes];
    const b = other[kSecretBytes];
    if (b === undefined || a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  }
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle][kSecretBytes].length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: secretKeyBytes(this).toString('base64url') };
      }
    }
    return Buffer.from(secretKeyBytes(this));
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ||= this[kHandle].getAsymmetricKeyType();
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        return this[kAsymmetricKeyDetails] ||= this[kHandle].getDetails();
      default:
        return {};
    }
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    return exportAsymmetric(this, options, true);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    return exportAsymmetric(this, options, false);
  }
}

function exportAsymmetric(key, options, isPublic) {
  validateObject(options, 'options');
  const { format, type } = options;
  if (format === 'jwk') {
    if (!isPublic && options.passphrase !== undefined) {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
    }
    return exportJwk(key, isPublic);
  }
  if (format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
  const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (!allowed.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('options.type', type);
  }
  checkEncodingFitsKey(key, type);
  let cipher = null;
  let passphrase = null;
  if (!isPublic) {
    ({ cipher, passphrase } = parseExportCipher(options, format, type));
  }
  const handle = key[kHandle];
  if (format === 'pem') return handle.exportPem(isPublic, type, cipher, passphrase);
  return new FastBuffer(handle.exportDer(isPublic, type, cipher, passphrase));
}

function checkEncodingFitsKey(key, type) {
  const keyType = key.asymmetricKeyType;
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
  }
}

function parseExportCipher(options, format, type) {
  const { cipher, passphrase } = options;
  if (cipher === undefined) {
    if (passphrase !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
    }
    return { cipher: null, passphrase: null };
  }
  if (typeof cipher !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
  }
  if (format === 'der' && (type === 'pkcs1' || type === 'sec1')) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(type, 'does not support encryption');
  }
  const pass = passphraseOf(passphrase, options.encoding, 'options.passphrase');
  if (pass === null) throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
  if (binding.getCipherInfo(cipher, -1, -1) === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  }
  return { cipher, passphrase: pass };
}

// A passphrase as bytes; null when absent. Strings use `encoding`.
function passphraseOf(passphrase, encoding, name) {
  if (passphrase === undefined || passphrase === null) return null;
  if (typeof passphrase === 'string') return Buffer.from(passphrase, encoding);
  if (isArrayBufferView(passphrase)) return passphrase;
  if (isAnyArrayBuffer(passphrase)) return new Uint8Array(passphrase);
  throw new ERR_INVALID_ARG_VALUE(name, passphrase);
}

function exportJwk(key, isPublic) {
  const jwk = key[kHandle].exportJwk(isPublic);
  if (jwk === 1) {
    throw nativeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE',
                      'Unsupported JWK Key Type.');
  }
  if (jwk === 2) {
    throw nativeError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE',
                      `Unsupported JWK EC curve: ${key.asymmetricKeyDetails.namedCurve}.`);
  }
  return jwk;
}

// --- key input --------------------------------------------------------------

const kKeyBytesTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function keyBytes(key, name, encoding) {
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  return undefined;
}

const kJwkCurves = {
  __proto__: null, 'P-256': 'prime256v1', 'secp256k1': 'secp256k1',
  'P-384': 'secp384r1', 'P-521': 'secp521r1',
};
const kOkpCurves = {
  __proto__: null, Ed25519: 'ED25519', Ed448: 'ED448', X25519: 'X25519', X448: 'X448',
};
const kOkpSizes = { __proto__: null, Ed25519: 32, Ed448: 57, X25519: 32, X448: 56 };

function jwkPart(jwk, name) {
  validateString(jwk[name], `key.${name}`);
  return Buffer.from(jwk[name], 'base64');
}

// A KeyObjectHandle for a JWK (validated as node does).
function handleFromJwk(jwk, kind) {
  validateObject(jwk, 'key.key');
  validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = kind === kKindPublic || jwk.d === undefined;
  const handle = new KeyObjectHandle();
  if (jwk.kty === 'OKP') {
    validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    const x = jwkPart(jwk, 'x');
    const d = kind === kKindPrivate ? jwkPart(jwk, 'd') : undefined;
    const size = kOkpSizes[jwk.crv];
    if (x.length !== size || (d !== undefined && d.length !== size) ||
        !handle.initOkpJwk(kind, kOkpCurves[jwk.crv], x, d)) {
      throw new ERR_CRYPTO_INVALID_JWK();
    }
    return handle;
  }
  if (jwk.kty === 'EC') {
    validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    const x = jwkPart(jwk, 'x');
    const y = jwkPart(jwk, 'y');
    const d = kind === kKindPrivate ? jwkPart(jwk, 'd') : undefined;
    if (!handle.initEcJwk(kind, kJwkCurves[jwk.crv], x, y, d)) {
      throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK EC key');
    }
    return handle;
  }
  const n = jwkPart(jwk, 'n');
  const e = jwkPart(jwk, 'e');
  let parts = [];
  if (kind === kKindPrivate || !isPublic) {
    parts = ['d', 'p', 'q', 'dp', 'dq', 'qi'];
    parts = parts.map((name) => (kind === kKindPrivate ? jwkPart(jwk, name) : undefined));
  }
  if (!handle.initRsaJwk(kind, n, e, ...parts)) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK RSA key');
  }
  return handle;
}

// Parses `key` (PEM string/buffer, or { key, format, type, passphrase,
// encoding }) into a KeyObjectHandle of `kind`. `allowKeyObject` lets a
// KeyObject through unchanged (returned as is).
function parseKeyInput(key, kind, nameForErrors, extraTypes) {
  if (typeof key === 'string' || isArrayBufferView(key) || isAnyArrayBuffer(key)) {
    const handle = new KeyObjectHandle();
    handle.read = handle.initPem(kind, keyBytes(key), null);
    return handle;
  }
  if (typeof key !== 'object' || key === null || isKeyObject(key)) {
    throw new ERR_INVALID_ARG_TYPE(nameForErrors, [...kKeyBytesTypes, ...extraTypes], key);
  }
  const { format = 'pem', type, passphrase, encoding } = key;
  if (format === 'jwk') return handleFromJwk(key.key, kind);
  const data = keyBytes(key.key, 'key.key', encoding);
  if (data === undefined) {
    throw new ERR_INVALID_ARG_TYPE('key.key', kKeyBytesTypes, key.key);
  }
  const pass = passphraseOf(passphrase, encoding, 'options.passphrase');
  const handle = new KeyObjectHandle();
  if (format === 'pem') {
    handle.read = handle.initPem(kind, data, pass);
    return handle;
  }
  if (format !== 'der') throw new ERR_INVALID_ARG_VALUE('options.format', format);
  const allowed = kind === kKindPublic ? ['pkcs1', 'spki'] :
    kind === kKindPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki', 'pkcs8', 'sec1'];
  if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
  handle.read = handle.initDer(kind, data, type, pass);
  return handle;
}

function createPublicKey(key) {
  if (isCryptoKey(key)) key = lazySubtle().keyObjectOf(key);
  if (isKeyObject(key)) {
    if (key.type !== 'private') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    const handle = new KeyObjectHandle();
    handle.copyFrom(key[kHandle]);
    return new PublicKeyObject(handle);
  }
  const input = key !== null && typeof key === 'object' && isKeyObject(key.key) ?
    key.key : key;
  if (input !== key) return createPublicKey(input);
  return new PublicKeyObject(
    parseKeyInput(key, kKindPublic, 'key', ['KeyObject', 'CryptoKey']));
}

function createPrivateKey(key) {
  if (isCryptoKey(key)) key = lazySubtle().keyObjectOf(key);
  return new PrivateKeyObject(parseKeyInput(key, kKindPrivate, 'key', []));
}

// The private key for sign/decrypt/diffieHellman: a private KeyObject, or
// what createPrivateKey takes (with { key, ...options } extras kept).
function preparePrivateKey(key) {
  if (isCryptoKey(key)) key = lazySubtle().keyObjectOf(key);
  if (isKeyObject(key)) {
    if (key.type !== 'private') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    return key;
  }
  if (key !== null && typeof key === 'object' && isKeyObject(key.key)) {
    return preparePrivateKey(key.key);
  }
  return new PrivateKeyObject(parseKeyInput(
    key, kKindPrivate, 'key', ['KeyObject', 'CryptoKey']));
}

// The public key for verify/encrypt: public or private KeyObjects, or what
// createPublicKey takes (a private key input gives its public half).
function preparePublicOrPrivateKey(key) {
  if (isCryptoKey(key)) key = lazySubtle().keyObjectOf(key);
  if (isKeyObject(key)) {
    if (key.type === 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    return key;
  }
  if (key !== null && typeof key === 'object' && isKeyObject(key.key)) {
    return preparePublicOrPrivateKey(key.key);
  }
  // A private key input stays private (node keeps it so).
  if (key !== null && typeof key === 'object' && !isArrayBufferView(key) &&
      !isAnyArrayBuffer(key) && key.format === 'jwk') {
    return key.key?.d !== undefined ? createPrivateKey(key) : createPublicKey(key);
  }
  const handle = parseKeyInput(key, kKindPublicOrPrivate, 'key', ['KeyObject', 'CryptoKey']);
  return handle.read === kReadPrivate ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
}

function isKeyObject(obj) {
  return obj != null && obj[kKeyType] !== undefined && obj instanceof KeyObject;
}

// The bytes of a secret KeyObject (not a copy: callers only read them).
function secretKeyBytes(key) {
  return key[kHandle][kSecretBytes];
}

function createSecretKeyFromBytes(bytes) {
  return new SecretKeyObject(new SecretKeyHandle(bytes));
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') {
    bytes = Buffer.from(key, encoding);
  } else if (isArrayBufferView(key)) {
    bytes = Buffer.from(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
  } else if (isAnyArrayBuffer(key)) {
    bytes = Buffer.from(new Uint8Array(key));
  } else {
    throw new ERR_INVALID_ARG_TYPE(
      'key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return createSecretKeyFromBytes(new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length));
}

// CryptoKeys are made by crypto.subtle (internal/crypto/subtle/key.js,
// loaded lazily: the subtle modules need this one).
let subtleKey;
const lazySubtle = () => (subtleKey ??= require('internal/crypto/subtle/key'));

function isCryptoKey(obj) {
  return lazySubtle().isCryptoKey(obj);
}

// A secret key for HMAC, ciphers and KDFs: strings (in `encoding`),
// buffers, ArrayBuffers, secret KeyObjects and CryptoKeys.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') {
        throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      }
      return secretKeyBytes(key);
    }
  }
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (!bufferOnly && isCryptoKey(key)) {
    if (key.type !== 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    }
    return secretKeyBytes(lazySubtle().keyObjectOf(key));
  }
  throw new ERR_INVALID_ARG_TYPE(
    'key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject',
     'CryptoKey'],
    key);
}

// The receiving side's new object for a clone: its class and handle come
// with [kDeserialize].
function ClonedKeyObject() {
  return ReflectConstruct(JSTransferable, [], KeyObject);
}
ClonedKeyObject.prototype = KeyObject.prototype;

module.exports = {
  AsymmetricKeyObject,
  ClonedKeyObject,
  KeyObject,
  KeyObjectHandle,
  PrivateKeyObject,
  PublicKeyObject,
  SecretKeyObject,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  kHandle,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  createSecretKeyFromBytes,
  isCryptoKey,
  isKeyObject,
  kKeyType,
  prepareSecretKey,
  secretKeyBytes,
};
