'use strict';

// DiffieHellman / DiffieHellmanGroup (finite field), ECDH, and the
// KeyObject-based diffieHellman(), over src/crypto_dh.cc.

const {
  ObjectDefineProperty,
  Symbol,
  TypeError,
  RangeError,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const { nativeError } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_ECDH_INVALID_FORMAT,
    ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY,
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding, encodeResult, getArrayBufferOrView, kHandle } = require('internal/crypto/util');
const { isKeyObject } = require('internal/crypto/keys');

const { DiffieHellmanHandle, EcdhHandle } = binding;
const kPrime = 0;
const kGenerator = 1;
const kPublic = 2;
const kPrivate = 3;

// The OpenSSL names of node's MODP groups (modp1 and modp2 have none).
const kGroupNames = {
  __proto__: null,
  modp5: 'modp_1536', modp14: 'modp_2048', modp15: 'modp_3072',
  modp16: 'modp_4096', modp17: 'modp_6144', modp18: 'modp_8192',
};

const kNumberOrBytes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function bytesOf(value, encoding) {
  if (typeof value === 'string') {
    return Buffer.from(value, encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  return value;
}

function defineVerifyError(dh) {
  ObjectDefineProperty(dh, 'verifyError', {
    __proto__: null, value: dh[kHandle].verifyError(), enumerable: true,
    writable: false, configurable: false,
  });
}

function generatorBytes(generator, genEncoding) {
  if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
    return generator;
  }
  if (typeof generator === 'string' || isArrayBufferView(generator) ||
      isAnyArrayBuffer(generator)) {
    return bytesOf(generator, genEncoding);
  }
  throw new ERR_INVALID_ARG_TYPE('generator', kNumberOrBytes, generator);
}

// Whether a generator given as bytes is 0 or 1.
function isSmallGenerator(bytes) {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.length - 1; i++) if (view[i] !== 0) return false;
  return view.length === 0 || view[view.length - 1] < 2;
}

function numberToBytes(n) {
  const bytes = [];
  while (n > 0) {
    bytes.unshift(n & 0xff);
    n = (n - (n & 0xff)) / 256;
  }
  return Buffer.from(bytes);
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!new.target) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE('sizeOrKey', kNumberOrBytes, sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (typeof keyEncoding !== 'string' ||
      (!Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer')) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  // A numeric generator 0 means the default, 2 (as in node).
  const gen = generatorBytes(generator === undefined || generator === 0 ? 2 : generator,
                             genEncoding);
  const handle = new DiffieHellmanHandle();
  if (typeof sizeOrKey === 'number') {
    if (typeof gen !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('generator', 'number', generator);
    }
    handle.initLength(sizeOrKey, gen);
  } else {
    const genBuf = typeof gen === 'number' ? numberToBytes(gen) : gen;
    if (typeof gen === 'number' ? gen < 2 : isSmallGenerator(gen)) {
      throw nativeError(Error, 'ERR_OSSL_DH_BAD_GENERATOR',
                        'error:02800065:Diffie-Hellman routines::bad generator');
    }
    handle.initPrime(bytesOf(sizeOrKey, keyEncoding), genBuf, '');
  }
  this[kHandle] = handle;
  defineVerifyError(this);
}

function DiffieHellmanGroup(name) {
  if (!new.target) return new DiffieHellmanGroup(name);
  validateString(name, 'name');
  const prime = binding.getDhGroupPrime(name);
  if (prime === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  }
  const handle = new DiffieHellmanHandle();
  handle.initPrime(new Uint8Array(prime), Buffer.from([2]), kGroupNames[name] ?? '');
  this[kHandle] = handle;
  defineVerifyError(this);
}

function dhGenerateKeys(encoding) {
  return encodeResult(this[kHandle].generateKeys(), encoding);
}

function dhComputeSecret(key, inEnc, outEnc) {
  const peer = getArrayBufferOrView(key, 'key', inEnc);
  const secret = this[kHandle].computeSecret(peer);
  if (secret === undefined) {
    const small = peer.byteLength === 0 || Buffer.from(peer.buffer, peer.byteOffset,
                                                        peer.byteLength).every((b, i, a) => (i < a.length - 1 ? b === 0 : b <= 1));
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN',
                      small ? 'Supplied key is too small' : 'Supplied key is too large');
  }
  return encodeResult(secret, outEnc);
}

function dhGetter(which, missing) {
  return function(encoding) {
    const value = this[kHandle].get(which);
    if (value === undefined) {
      throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', missing);
    }
    return encodeResult(value, encoding);
  };
}

const dhMethods = {
  generateKeys: dhGenerateKeys,
  computeSecret: dhComputeSecret,
  getPrime: dhGetter(kPrime, 'No prime'),
  getGenerator: dhGetter(kGenerator, 'No generator'),
  getPublicKey: dhGetter(kPublic, 'No public key - did you forget to generate one?'),
  getPrivateKey: dhGetter(kPrivate, 'No private key - did you forget to generate one?'),
};
for (const name of ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator',
                    'getPublicKey', 'getPrivateKey']) {
  DiffieHellman.prototype[name] = dhMethods[name];
  DiffieHellmanGroup.prototype[name] = dhMethods[name];
}
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kHandle].setPublicKey(getArrayBufferOrView(key, 'key', encoding));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kHandle].setPrivateKey(getArrayBufferOrView(key, 'key', encoding));
  return this;
};

// --- ECDH -------------------------------------------------------------------

function pointFormat(format) {
  if (format === undefined || format === 'uncompressed') return 4;
  if (format === 'compressed') return 2;
  if (format === 'hybrid') return 6;
  throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
}

function ECDH(curve) {
  if (!new.target) return new ECDH(curve);
  validateString(curve, 'curve');
  const handle = new EcdhHandle();
  if (!handle.init(curve)) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  }
  this[kHandle] = handle;
}

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const secret = this[kHandle].computeSecret(getArrayBufferOrView(key, 'key', inEnc));
  if (secret === undefined) throw new ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY();
  if (secret === false) {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  }
  return encodeResult(secret, outEnc);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  if (!this[kHandle].setPrivateKey(getArrayBufferOrView(key, 'key', encoding))) {
    throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE',
                      'Private key is not valid for specified curve.');
  }
  return this;
};
ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  if (!this[kHandle].setPublicKey(getArrayBufferOrView(key, 'key', encoding))) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED',
                      'Failed to convert Buffer to EC_POINT');
  }
  return this;
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const key = this[kHandle].getPrivateKey();
  if (key === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  }
  return encodeResult(key, encoding);
};
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this[kHandle].generateKeys();
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = pointFormat(format);
  const key = this[kHandle].getPublicKey(f);
  if (key === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  }
  return encodeResult(key, encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const result = binding.ecdhConvertKey(curve, key, pointFormat(format));
  if (result === false) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
  }
  if (result === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  return encodeResult(result, outEnc);
};

// --- diffieHellman({ privateKey, publicKey }) ---------------------------------

const kAgreementTypes = ['dh', 'ec', 'x448', 'x25519'];

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!isKeyObject(publicKey)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !kAgreementTypes.includes(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY(
      'key types for Diffie-Hellman', `${privateType} and ${publicType}`);
  }
  return Buffer.from(binding.diffieHellman(null, privateKey[kHandle], publicKey[kHandle]));
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  diffieHellman,
};
