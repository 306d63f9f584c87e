'use strict';

// scrypt / scryptSync over EVP_PBE_scrypt (src/crypto_kdf.cc): the
// parameters (N/cost, r/blockSize, p/parallelization, maxmem) are checked
// with OpenSSL before any work starts; the async form runs on the pool.

const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateUint32,
} = require('internal/validators');
const {
  binding,
  encodeResult,
  getArrayBufferOrView,
} = require('internal/crypto/util');

const defaults = {
  N: 16384,
  r: 8,
  p: 1,
  maxmem: 32 << 20,
};

// The value of a parameter given under its name or its alias (not both).
function pick(options, name, alias) {
  const has = options[name] !== undefined;
  if (options[alias] !== undefined) {
    if (has) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    validateUint32(options[alias], alias);
    return options[alias];
  }
  if (has) {
    validateUint32(options[name], name);
    return options[name];
  }
  return defaults[name];
}

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    N = pick(options, 'N', 'cost');
    r = pick(options, 'r', 'blockSize');
    p = pick(options, 'p', 'parallelization');
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  const problem = binding.scryptCheck(N, r, p, maxmem);
  if (problem !== undefined) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(
      problem === '' ? 'Invalid scrypt params' :
        `Invalid scrypt params: ${problem}`);
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  const a = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  const job = new binding.CryptoJob();
  job.oncomplete = (err, result) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(result));
  };
  binding.scrypt(job, a.password, a.salt, a.keylen, a.N, a.r, a.p, a.maxmem);
}

function scryptSync(password, salt, keylen, options = defaults) {
  const a = check(password, salt, keylen, options);
  return encodeResult(binding.scryptSync(a.password, a.salt, a.keylen, a.N,
                                         a.r, a.p, a.maxmem));
}

module.exports = {
  scrypt,
  scryptSync,
};
