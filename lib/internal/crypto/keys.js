'use strict';

// KeyObject and its subclasses: secret keys hold their bytes in JS;
// public and private keys hold a native KeyObjectHandle (an EVP_PKEY, see
// src/crypto_keys.cc). createSecretKey/createPublicKey/createPrivateKey and
// the key-input parsing every other crypto API shares live here.

const {
  ObjectDefineProperty,
  Symbol,
  SymbolToStringTag,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { kHandle, kKeyObject } = require('internal/crypto/util');

const kKeyType = Symbol('kKeyType');
const kSecretBytes = Symbol('kSecretBytes');

class KeyObject {
  constructor(type, handle) {
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

// No CryptoKey exists yet (webcrypto.subtle is not built).
function isCryptoKey(obj) {
  return false;
}

// A secret key for HMAC, ciphers and KDFs: strings (in `encoding`),
// buffers, ArrayBuffers, secret KeyObjects and CryptoKeys.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') {
        const { codes } = require('internal/errors');
        throw new codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      }
      return secretKeyBytes(key);
    }
  }
  if (typeof key === 'string') return Buffer.from(key, encoding);
  if (isArrayBufferView(key)) return key;
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  throw new ERR_INVALID_ARG_TYPE(
    'key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject',
     'CryptoKey'],
    key);
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  createSecretKey,
  createSecretKeyFromBytes,
  isCryptoKey,
  isKeyObject,
  kKeyType,
  prepareSecretKey,
  secretKeyBytes,
};
