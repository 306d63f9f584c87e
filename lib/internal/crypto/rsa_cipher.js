'use strict';

// publicEncrypt, privateDecrypt, privateEncrypt and publicDecrypt over
// src/crypto_rsa_cipher.cc.

const { TypeError, Uint8Array } = primordials;

const { FastBuffer, nativeError } = require('internal/buffer');
const { validateString } = require('internal/validators');
const { binding, getArrayBufferOrView, kHandle } = require('internal/crypto/util');
const { preparePublicOrPrivateKey } = require('internal/crypto/keys');

const {
  RSA_PKCS1_OAEP_PADDING,
  RSA_PKCS1_PADDING,
} = binding.constants;

const kPublicEncrypt = 0;
const kPrivateDecrypt = 1;
const kPrivateEncrypt = 2;
const kPublicDecrypt = 3;

function rsaFunction(operation, defaultPadding, prepareKey) {
  return function(options, buffer) {
    const key = prepareKey(options);
    const isObject = options !== null && typeof options === 'object' &&
      !(options instanceof Uint8Array) && options.key !== undefined;
    const padding = isObject && options.padding !== undefined ?
      options.padding : defaultPadding;
    let oaepHash = 'sha1';
    let oaepLabel = null;
    if (isObject) {
      if (options.oaepHash !== undefined) {
        validateString(options.oaepHash, 'key.oaepHash');
        oaepHash = options.oaepHash;
      }
      if (options.oaepLabel !== undefined) {
        oaepLabel = getArrayBufferOrView(options.oaepLabel, 'key.oaepLabel', options.encoding);
      }
    }
    const data = getArrayBufferOrView(buffer, 'buffer', isObject ? options.encoding : undefined);
    if (operation === kPrivateDecrypt && padding === RSA_PKCS1_PADDING) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                        'RSA_PKCS1_PADDING is no longer supported for private ' +
                        'decryption, this can be reverted with ' +
                        '--security-revert=CVE-2023-46809');
    }
    const result = binding.rsaCipher(null, operation, key[kHandle], data,
                                     padding | 0, oaepHash, oaepLabel);
    if (typeof result === 'number') {
      throw nativeError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    }
    return new FastBuffer(result);
  };
}

module.exports = {
  privateDecrypt: rsaFunction(kPrivateDecrypt, RSA_PKCS1_OAEP_PADDING, preparePublicOrPrivateKey),
  privateEncrypt: rsaFunction(kPrivateEncrypt, RSA_PKCS1_PADDING, preparePublicOrPrivateKey),
  publicDecrypt: rsaFunction(kPublicDecrypt, RSA_PKCS1_PADDING, preparePublicOrPrivateKey),
  publicEncrypt: rsaFunction(kPublicEncrypt, RSA_PKCS1_OAEP_PADDING, preparePublicOrPrivateKey),
};
