'use strict';

// crypto.subtle RSA: RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP keys (generate
// on the pool; import/export as 'spki', 'pkcs8', 'jwk'), sign/verify and
// OAEP encrypt/decrypt, on the thread pool.

const {
  ArrayPrototypeConcat,
  ArrayPrototypeIncludes,
  ArrayPrototypeUnshift,
  BigInt,
  MathCeil,
  Number,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { binding, kHandle, lazyDOMException } = require('internal/crypto/util');
const {
  checkJwk,
  checkUsages,
  jobPromise,
  keyObjectOf,
  newCryptoKey,
  usagesIn,
} = require('internal/crypto/subtle/key');
const {
  exportJwkFields,
  generatePair,
  importDer,
  importJwk,
  signJob,
  verifyJob,
} = require('internal/crypto/subtle/asymmetric');
const { kHashes } = require('internal/crypto/subtle/hmac');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const RSA_PKCS1_PSS_PADDING = 6;
const kPublicEncrypt = 0;
const kPrivateDecrypt = 1;

// Usages of the public and of the private key.
function usagesOf(name) {
  return name === 'RSA-OAEP' ?
    { pub: ['encrypt', 'wrapKey'], priv: ['decrypt', 'unwrapKey'] } :
    { pub: ['verify'], priv: ['sign'] };
}

const kJwkPrefix = {
  __proto__: null,
  'RSASSA-PKCS1-v1_5': 'RS',
  'RSA-PSS': 'PS',
};

function jwkAlg(name, hash) {
  if (name === 'RSA-OAEP') {
    return hash === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${StringPrototypeSlice(hash, 4)}`;
  }
  return `${kJwkPrefix[name]}${StringPrototypeSlice(hash, 4)}`;
}

// The hash a JWK `alg` (or another of node's hash aliases) names, as node
// reads it: any RSA family's alg with the right hash is accepted.
const kHashAliases = {
  __proto__: null,
  'SHA-1': ['sha1', 'sha-1', 'hs1', 'rs1', 'ps1', 'rsa-oaep'],
  'SHA-256': ['sha256', 'sha-256', 'hs256', 'rs256', 'ps256', 'rsa-oaep-256'],
  'SHA-384': ['sha384', 'sha-384', 'hs384', 'rs384', 'ps384', 'rsa-oaep-384'],
  'SHA-512': ['sha512', 'sha-512', 'hs512', 'rs512', 'ps512', 'rsa-oaep-512'],
};

function hashOfAlias(alg) {
  const lower = StringPrototypeToLowerCase(alg);
  for (const hash in kHashAliases) {
    if (ArrayPrototypeIncludes(kHashAliases[hash], lower)) return hash;
  }
  return lower;
}

// A BigInteger (big-endian bytes) as a number, undefined above 2^32 - 1.
function exponentOf(bytes) {
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes.length - i > 4 && bytes[i] !== 0) return undefined;
    value = value * 256 + bytes[i];
  }
  return value > 0xffffffff ? undefined : value;
}

// A bigint as the shortest big-endian bytes.
function exponentBytes(value) {
  const bytes = [];
  let v = BigInt(value);
  while (v > 0n) {
    ArrayPrototypeUnshift(bytes, Number(v & 0xffn));
    v >>= 8n;
  }
  return new Uint8Array(bytes);
}

function algorithmOf(name, keyObject, hash) {
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  return {
    name,
    modulusLength,
    publicExponent: exponentBytes(publicExponent),
    hash: { name: hash },
  };
}

async function rsaGenerateKey(algorithm, extractable, usages) {
  const { name, modulusLength, publicExponent, hash } = algorithm;
  const { pub, priv } = usagesOf(name);
  checkUsages(usages, ArrayPrototypeConcat(pub, priv), 'a RSA key');
  const exponent = exponentOf(publicExponent);
  if (exponent === undefined) {
    throw lazyDOMException(
      'The publicExponent must be equivalent to an unsigned 32-bit value',
      'OperationError');
  }
  const pair = await generatePair('rsa', { modulusLength, publicExponent: exponent });
  const keyAlgorithm = {
    name,
    modulusLength,
    publicExponent,
    hash: { name: hash.name },
  };
  return {
    __proto__: null,
    publicKey: newCryptoKey(pair.publicKey, keyAlgorithm,
                            usagesIn(usages, pub), true),
    privateKey: newCryptoKey(pair.privateKey, keyAlgorithm,
                             usagesIn(usages, priv), extractable),
  };
}

function rsaImportKey(algorithm, format, keyData, extractable, usages) {
  const { name, hash } = algorithm;
  const { pub, priv } = usagesOf(name);
  const article = `an ${name} key`;
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      keyObject = importDer(format, keyData, ['rsa'], usages, { pub, priv },
                            article);
      break;
    case 'jwk': {
      if (keyData.kty === undefined) {
        throw lazyDOMException('Invalid keyData', 'DataError');
      }
      if (keyData.kty !== 'RSA') {
        throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      }
      checkUsages(usages, keyData.d === undefined ? pub : priv, article);
      checkJwk(keyData, usages, extractable,
               name === 'RSA-OAEP' ? 'enc' : 'sig');
      if (keyData.alg !== undefined &&
          hashOfAlias(keyData.alg) !== hash.name) {
        throw lazyDOMException(
          'JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = importJwk(keyData, ['rsa']);
      break;
    }
    default:
      throw lazyDOMException(`Unable to import RSA key with format ${format}`,
                             'NotSupportedError');
  }
  return newCryptoKey(keyObject, algorithmOf(name, keyObject, hash.name),
                      usages, extractable);
}

function rsaExportJwk(key, jwk) {
  exportJwkFields(key, jwk);
  jwk.alg = jwkAlg(key.algorithm.name, key.algorithm.hash.name);
  return jwk;
}

function digestOf(key) {
  return kHashes[key.algorithm.hash.name].openssl;
}

// RSA-PSS salt lengths above what the key allows fail as node's do.
function checkSaltLength(algorithm, key) {
  const modulusBytes = MathCeil((key.algorithm.modulusLength - 1) / 8);
  const max = modulusBytes - kHashes[key.algorithm.hash.name].size - 2;
  if (algorithm.saltLength > max) {
    throw lazyDOMException(
      'The operation failed for an operation-specific reason',
      {
        name: 'OperationError',
        cause: new ERR_OUT_OF_RANGE('algorithm.saltLength', `>= 0 && <= ${max}`,
                                    algorithm.saltLength),
      });
  }
}

function rsaSign(algorithm, key, data) {
  if (key.type !== 'private') {
    throw lazyDOMException('Unable to use this key to sign',
                           'InvalidAccessError');
  }
  if (algorithm.name === 'RSA-PSS') {
    checkSaltLength(algorithm, key);
    return signJob(key, digestOf(key), data, RSA_PKCS1_PSS_PADDING,
                   algorithm.saltLength);
  }
  return signJob(key, digestOf(key), data, RSA_PKCS1_PADDING);
}

function rsaVerify(algorithm, key, signature, data) {
  if (key.type !== 'public') {
    throw lazyDOMException('Unable to use this key to verify',
                           'InvalidAccessError');
  }
  if (algorithm.name === 'RSA-PSS') {
    checkSaltLength(algorithm, key);
    return verifyJob(key, digestOf(key), signature, data,
                     RSA_PKCS1_PSS_PADDING, algorithm.saltLength);
  }
  return verifyJob(key, digestOf(key), signature, data, RSA_PKCS1_PADDING);
}

function rsaOaepCipher(algorithm, key, data, encrypt) {
  if (key.type !== (encrypt ? 'public' : 'private')) {
    throw lazyDOMException(
      'The requested operation is not valid for the provided key',
      'InvalidAccessError');
  }
  return jobPromise((job) => binding.rsaCipher(
    job, encrypt ? kPublicEncrypt : kPrivateDecrypt,
    keyObjectOf(key)[kHandle], data, RSA_PKCS1_OAEP_PADDING, digestOf(key),
    algorithm.label ?? null));
}

module.exports = {
  rsaExportJwk,
  rsaGenerateKey,
  rsaImportKey,
  rsaOaepCipher,
  rsaSign,
  rsaVerify,
};
