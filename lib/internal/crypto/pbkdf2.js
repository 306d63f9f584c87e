'use strict';

// pbkdf2 / pbkdf2Sync over PKCS5_PBKDF2_HMAC (src/crypto_kdf.cc); the async
// form runs on the thread pool.

const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_CRYPTO_INVALID_DIGEST },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateString,
} = require('internal/validators');
const {
  binding,
  encodeResult,
  getArrayBufferOrView,
} = require('internal/crypto/util');

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const job = new binding.CryptoJob();
  job.oncomplete = (err, result) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(result));
  };
  if (!binding.pbkdf2(job, args.password, args.salt, args.iterations,
                      args.keylen, args.digest)) {
    throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  }
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const args = check(password, salt, iterations, keylen, digest);
  const result = binding.pbkdf2Sync(args.password, args.salt, args.iterations,
                                    args.keylen, args.digest);
  if (result === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return encodeResult(result);
}

module.exports = {
  pbkdf2,
  pbkdf2Sync,
};
