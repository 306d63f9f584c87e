'use strict';

// Cipheriv / Decipheriv (both Transform streams) over the CipherBase class
// of internalBinding('crypto') (src/crypto_cipher.cc): block and stream
// modes, and the AEAD modes GCM, CCM, OCB and chacha20-poly1305 with
// setAAD / getAuthTag / setAuthTag.

const {
  ArrayPrototypeIncludes,
  ObjectSetPrototypeOf,
  ReflectApply,
  RangeError,
  Symbol,
  TypeError,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer, nativeError } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateObject,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/util');
const LazyTransform = require('internal/streams/lazy_transform');
const {
  binding,
  getArrayBufferOrView,
  kHandle,
  pendingDeprecation,
} = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/keys');

const { CipherBase } = binding;

const kState = Symbol('kState');
const kDecoder = Symbol('kDecoder');
const kAuthFailed = -1;

// init() results (src/crypto_cipher.cc).
const kUnknownCipher = 1;
const kInvalidKeyLength = 2;
const kInvalidIv = 3;
const kInvalidAuthTagLength = 4;
const kAuthTagLengthRequired = 5;

let StringDecoder;

function authTagLengthOf(options) {
  if (options == null || options.authTagLength === undefined) return -1;
  const value = options.authTagLength;
  if (typeof value !== 'number' || value < 0 || value > 0xffffffff ||
      value !== (value >>> 0)) {
    throw new ERR_INVALID_ARG_VALUE('options.authTagLength', value);
  }
  return value > 0x7fffffff ? 0x7fffffff : value;
}

function createCipherBase(cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = options != null ? options.encoding : undefined;
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = authTagLengthOf(options);
  const handle = new CipherBase();
  switch (handle.init(cipher, key, iv, encrypt, authTagLength)) {
    case 0:
      break;
    case kUnknownCipher:
      throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case kInvalidKeyLength:
      throw nativeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    case kInvalidIv:
      throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    case kInvalidAuthTagLength:
      throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                        `Invalid authentication tag length: ${authTagLength}`);
    case kAuthTagLengthRequired:
      throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                        `authTagLength required for ${cipher}`);
  }
  return { handle, authTagLength };
}

// State shared by Cipheriv and Decipheriv.
function initCipher(self, cipher, key, iv, options, encrypt) {
  const { handle, authTagLength } =
    createCipherBase(cipher, key, iv, options, encrypt);
  self[kHandle] = handle;
  self[kState] = {
    finalized: false,
    authTagLength,
    authTagSet: false,
  };
  self[kDecoder] = null;
  ReflectApply(LazyTransform, self, [options]);
}

function getDecoder(self, encoding) {
  const normalized = normalizeEncoding(encoding);
  StringDecoder ??= require('string_decoder').StringDecoder;
  self[kDecoder] ??= new StringDecoder(encoding);
  if (self[kDecoder].encoding !== normalized) {
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    throw new Error('Cannot change encoding');
  }
  return self[kDecoder];
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    data = Buffer.from(data, normalizeEncoding(inputEncoding) ?? 'utf8');
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE(
      'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (this[kState].finalized) {
    throw new Error('Trying to add data in unsupported state');
  }
  const result = this[kHandle].update(data);
  if (result === undefined) {
    throw new Error('Trying to add data in unsupported state');
  }
  const buf = new FastBuffer(result);
  if (outputEncoding && outputEncoding !== 'buffer') {
    return getDecoder(this, outputEncoding).write(buf);
  }
  return buf;
}

function final(outputEncoding) {
  if (this[kState].finalized) {
    throw nativeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  }
  this[kState].finalized = true;
  const result = this[kHandle].final();
  if (result === kAuthFailed) {
    throw new Error('Unsupported state or unable to authenticate data');
  }
  const buf = new FastBuffer(result);
  if (outputEncoding && outputEncoding !== 'buffer') {
    return getDecoder(this, outputEncoding).end(buf);
  }
  return buf;
}

function setAutoPadding(ap) {
  if (this[kState].finalized ||
      !this[kHandle].setAutoPadding(ap === undefined ? true : !!ap)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  }
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = options != null ? options.encoding : undefined;
  const buffer = getArrayBufferOrView(aadbuf, 'buffer', encoding);
  let plaintextLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.plaintextLength !== undefined) {
      plaintextLength = options.plaintextLength;
      if (plaintextLength !== (plaintextLength | 0) || plaintextLength < 0) {
        throw new ERR_INVALID_ARG_VALUE('options.plaintextLength', plaintextLength);
      }
    }
  }
  const state = this[kState];
  if (state.finalized || !isAuthenticated(this)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  if (this[kHandle].isCcm() && plaintextLength < 0) {
    throw nativeError(TypeError, 'ERR_MISSING_ARGS',
                      'options.plaintextLength required for CCM mode with AAD');
  }
  if (!this[kHandle].setAAD(buffer, plaintextLength)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  }
  return this;
}

function flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!new.target) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}
ObjectSetPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Cipheriv, LazyTransform);

Cipheriv.prototype._transform = function _transform(chunk, encoding, callback) {
  this.push(this.update(chunk, encoding));
  callback();
};
Cipheriv.prototype._flush = flush;
Cipheriv.prototype.update = update;
Cipheriv.prototype.final = final;
Cipheriv.prototype.setAutoPadding = setAutoPadding;
Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const state = this[kState];
  if (!state.finalized || !isAuthenticated(this)) {
    throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  }
  return new FastBuffer(this[kHandle].getAuthTag());
};
Cipheriv.prototype.setAAD = setAAD;

function Decipheriv(cipher, key, iv, options) {
  if (!new.target) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}
ObjectSetPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Decipheriv, LazyTransform);

Decipheriv.prototype._transform = Cipheriv.prototype._transform;
Decipheriv.prototype._flush = flush;
Decipheriv.prototype.update = update;
Decipheriv.prototype.final = final;
Decipheriv.prototype.setAutoPadding = setAutoPadding;
let shortTagWarned = false;
Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const state = this[kState];
  if (state.finalized || state.authTagSet || !isAuthenticated(this)) {
    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  }
  if (!this[kHandle].setAuthTag(tag, state.authTagLength >= 0)) {
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                      `Invalid authentication tag length: ${tag.byteLength}`);
  }
  if (state.authTagLength < 0 && tag.byteLength < 16 && !shortTagWarned &&
      pendingDeprecation() && this[kHandle].isGcm()) {
    shortTagWarned = true;
    process.emitWarning(
      'Using AES-GCM authentication tags of less than 128 bits without ' +
      'specifying the authTagLength option when initializing decryption is ' +
      'deprecated.', 'DeprecationWarning', 'DEP0182');
  }
  state.authTagSet = true;
  return this;
};
Decipheriv.prototype.setAAD = setAAD;

// Cipher / Decipher: the deprecated password-based forms (DEP0106). The key
// and IV come from EVP_BytesToKey; a Cipher in a counter mode warns (each
// time; a Decipher does not) as in node.
function initFromPassword(self, cipher, password, options, encrypt) {
  validateString(cipher, 'cipher');
  password = getArrayBufferOrView(password, 'password');
  const parts = binding.bytesToKey(cipher, password);
  if (parts === undefined) {
    throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  }
  const [key, iv] = parts;
  const info = binding.getCipherInfo(cipher, -1, -1);
  authTagLengthOf(options);  // Bad options throw before the warning.
  if (encrypt && info !== undefined &&
      ArrayPrototypeIncludes(['ctr', 'gcm', 'ccm'], info.mode)) {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  initCipher(self, cipher, new FastBuffer(key),
             iv.byteLength === 0 ? null : new FastBuffer(iv), options, encrypt);
}

function Cipher(cipher, password, options) {
  if (!new.target) return new Cipher(cipher, password, options);
  initFromPassword(this, cipher, password, options, true);
}
ObjectSetPrototypeOf(Cipher.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Cipher, LazyTransform);
for (const name of ['_transform', '_flush', 'update', 'final', 'setAutoPadding',
                    'getAuthTag', 'setAAD']) {
  Cipher.prototype[name] = Cipheriv.prototype[name];
}

function Decipher(cipher, password, options) {
  if (!new.target) return new Decipher(cipher, password, options);
  initFromPassword(this, cipher, password, options, false);
}
ObjectSetPrototypeOf(Decipher.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Decipher, LazyTransform);
for (const name of ['_transform', '_flush', 'update', 'final', 'setAutoPadding',
                    'setAuthTag', 'setAAD']) {
  Decipher.prototype[name] = Decipheriv.prototype[name];
}

function isAuthenticated(self) {
  return self[kHandle].isAuthenticated();
}

module.exports = {
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
};
