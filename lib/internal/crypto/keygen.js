'use strict';

// generateKeyPair / generateKeyPairSync (rsa, rsa-pss, dsa, ec, ed25519,
// ed448, x25519, x448, dh) over src/crypto_keygen.cc, and generateKey /
// generateKeySync for hmac and aes secret keys. The async forms run on the
// thread pool.

const {
  FunctionPrototypeCall,
  MathFloor,
  ObjectDefineProperty,
  TypeError,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { nativeError } = require('internal/buffer');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { binding } = require('internal/crypto/util');
const {
  KeyObjectHandle,
  PrivateKeyObject,
  PublicKeyObject,
  createSecretKeyFromBytes,
} = require('internal/crypto/keys');
const { randomBytes } = require('internal/crypto/random');
const { customPromisifyArgs } = require('internal/util');

const kOkpTypes = {
  __proto__: null,
  ed25519: 'ED25519', ed448: 'ED448', x25519: 'X25519', x448: 'X448',
};

function checkEncoding(encoding, name, isPublic) {
  if (encoding === undefined) return;
  if (encoding === null || typeof encoding !== 'object') {
    throw new ERR_INVALID_ARG_VALUE(name, encoding);
  }
  const { format, type, cipher, passphrase } = encoding;
  if (!isPublic && cipher !== undefined) {
    if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE(`${name}.cipher`, cipher);
    if (typeof passphrase !== 'string' && !isArrayBufferView(passphrase)) {
      throw new ERR_INVALID_ARG_VALUE(`${name}.passphrase`, passphrase);
    }
  }
  if (format === 'jwk') return;
  if (format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE(`${name}.format`, format);
  }
  const allowed = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (!allowed.includes(type)) throw new ERR_INVALID_ARG_VALUE(`${name}.type`, type);
}

function digestOption(options, name, message) {
  const value = options[name];
  if (value === undefined) return '';
  validateString(value, `options.${name}`);
  if (binding.getDigestSize(value) < 0) {
    if (message === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(value);
    throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `${message}: ${value}`);
  }
  return value;
}

// Checks the options and returns a function that starts the generation
// into the two handles (job null: synchronously).
function prepare(type, options) {
  validateString(type, 'type');
  if (options !== undefined) validateObject(options, 'options');
  const o = options ?? {};
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength, publicExponent = 0x10001 } = o;
      validateUint32(modulusLength, 'options.modulusLength');
      validateUint32(publicExponent, 'options.publicExponent');
      let hash = '';
      let mgf1 = '';
      let saltLength = -1;
      if (type === 'rsa-pss') {
        // The deprecated names (hash, mgf1Hash) must agree with the new ones.
        // Each use of an old name warns (DEP0154), every time, as node.
        for (const [name, old] of [['hashAlgorithm', 'hash'], ['mgf1HashAlgorithm', 'mgf1Hash']]) {
          if (o[old] !== undefined) {
            process.emitWarning(`"options.${old}" is deprecated, use "options.${name}" instead.`,
                                'DeprecationWarning', 'DEP0154');
          }
          if (o[name] !== undefined && o[old] !== undefined && o[name] !== o[old]) {
            throw new ERR_INVALID_ARG_VALUE(`options.${old}`, o[old]);
          }
        }
        hash = digestOption(o, 'hashAlgorithm') || digestOption(o, 'hash');
        mgf1 = digestOption(o, 'mgf1HashAlgorithm', 'Invalid MGF1 digest') ||
          digestOption(o, 'mgf1Hash', 'Invalid MGF1 digest');
        if (o.saltLength !== undefined) {
          validateInt32(o.saltLength, 'options.saltLength', 0);
          saltLength = o.saltLength;
        } else if (hash !== '') {
          // RFC 8017 A.2.3: the salt defaults to the hash's length.
          saltLength = binding.getDigestSize(hash);
        }
      }
      return (job, pub, priv) => binding.generateRsa(
        job, pub, priv, modulusLength, publicExponent, type === 'rsa-pss',
        hash, mgf1, saltLength);
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength, divisorLength } = o;
      validateUint32(modulusLength, 'options.modulusLength');
      let divisor = -1;
      if (divisorLength !== undefined && divisorLength !== null) {
        validateInt32(divisorLength, 'options.divisorLength', 0);
        divisor = divisorLength;
      }
      return (job, pub, priv) => binding.generateDsa(job, pub, priv, modulusLength, divisor);
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding = 'named' } = o;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      const curve = binding.getCurveName(namedCurve);
      if (curve === undefined) {
        throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      }
      return (job, pub, priv) => binding.generateEc(job, pub, priv, curve,
                                                    paramEncoding === 'explicit');
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      return (job, pub, priv) => binding.generateOkp(job, pub, priv, kOkpTypes[type]);
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = o;
      let primeBytes = null;
      let length = -1;
      let gen = 2;
      if (group !== undefined) {
        if (prime !== undefined) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength !== undefined) {
          throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        }
        if (generator !== undefined) {
          throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        }
        validateString(group, 'options.group');
        const groupPrime = binding.getDhGroupPrime(group);
        if (groupPrime === undefined) {
          throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
        }
        primeBytes = new Uint8Array(groupPrime);
      } else {
        if (prime !== undefined) {
          if (primeLength !== undefined) {
            throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
          }
          if (!isArrayBufferView(prime)) {
            throw new ERR_INVALID_ARG_VALUE('options.prime', prime);
          }
          primeBytes = prime;
        } else if (primeLength !== undefined) {
          validateInt32(primeLength, 'options.primeLength', 0);
          length = primeLength;
        } else {
          throw new ERR_MISSING_OPTION(
            'At least one of the group, prime, or primeLength options');
        }
        if (generator !== undefined) {
          validateInt32(generator, 'options.generator', 0);
          gen = generator;
        }
      }
      return (job, pub, priv) => binding.generateDh(job, pub, priv, primeBytes, length, gen);
    }
  }
  throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
}

function encodingsOf(options) {
  const pub = options?.publicKeyEncoding;
  const priv = options?.privateKeyEncoding;
  checkEncoding(pub, 'options.publicKeyEncoding', true);
  checkEncoding(priv, 'options.privateKeyEncoding', false);
  return { pub, priv };
}

// node reports key-generation failures from OpenSSL as plain Errors with
// OpenSSL's message (no code, library or reason).
function plainError(err) {
  if (err === null || typeof err !== 'object' || err.library === undefined) return err;
  return new Error(err.message);
}

function finishPair(pubHandle, privHandle, encodings) {
  let publicKey = new PublicKeyObject(pubHandle);
  let privateKey = new PrivateKeyObject(privHandle);
  if (encodings.pub !== undefined) publicKey = publicKey.export(encodings.pub);
  if (encodings.priv !== undefined) privateKey = privateKey.export(encodings.priv);
  return { publicKey, privateKey };
}

function generateKeyPairSync(type, options) {
  const start = prepare(type, options);
  const encodings = encodingsOf(options);
  const pub = new KeyObjectHandle();
  const priv = new KeyObjectHandle();
  try {
    start(null, pub, priv);
  } catch (err) {
    throw plainError(err);
  }
  return finishPair(pub, priv, encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const start = prepare(type, options);
  const encodings = encodingsOf(options);
  const pub = new KeyObjectHandle();
  const priv = new KeyObjectHandle();
  const job = new binding.CryptoJob();
  job.oncomplete = (err) => {
    if (err) return FunctionPrototypeCall(callback, job, plainError(err));
    let pair;
    try {
      pair = finishPair(pub, priv, encodings);
    } catch (error) {
      return FunctionPrototypeCall(callback, job, error);
    }
    FunctionPrototypeCall(callback, job, null, pair.publicKey, pair.privateKey);
  };
  start(job, pub, priv);
}

function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      return MathFloor(length / 8);
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      return length / 8;
  }
  throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
}

function generateKeySync(type, options) {
  return createSecretKeyFromBytes(randomBytes(secretKeyLength(type, options)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const size = secretKeyLength(type, options);
  randomBytes(size, (err, bytes) => {
    if (err) return callback(err);
    callback(null, createSecretKeyFromBytes(bytes));
  });
}

ObjectDefineProperty(generateKeyPair, customPromisifyArgs, {
  __proto__: null, value: ['publicKey', 'privateKey'], enumerable: false,
});

module.exports = {
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
};
