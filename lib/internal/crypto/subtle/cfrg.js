'use strict';

// crypto.subtle Ed25519, Ed448, X25519 and X448: keys (generate on the
// pool; import/export as 'raw' (public), 'spki', 'pkcs8', 'jwk'), EdDSA
// sign/verify, and X25519/X448 deriveBits, on the thread pool.

const {
  ArrayPrototypeConcat,
  TypedArrayPrototypeSlice,
} = primordials;

const { Buffer } = require('buffer');
const { lazyDOMException } = require('internal/crypto/util');
const { createPublicKey } = require('internal/crypto/keys');
const {
  checkJwk,
  checkUsages,
  keyObjectOf,
  newCryptoKey,
  toArrayBuffer,
  usagesIn,
} = require('internal/crypto/subtle/key');
const {
  exportJwkFields,
  generatePair,
  importDer,
  importJwk,
  invalidKeyData,
  signJob,
  verifyJob,
} = require('internal/crypto/subtle/asymmetric');

// Each curve: its KeyObject type, the size of a raw public key, and the
// SPKI bytes before the key (SEQUENCE { SEQUENCE { OID }, BIT STRING }).
const kCurves = {
  __proto__: null,
  'Ed25519': { type: 'ed25519', size: 32, spki: '302a300506032b6570032100' },
  'Ed448': { type: 'ed448', size: 57, spki: '3043300506032b6571033a00' },
  'X25519': { type: 'x25519', size: 32, spki: '302a300506032b656e032100' },
  'X448': { type: 'x448', size: 56, spki: '3042300506032b656f033900' },
};

function usagesOf(name) {
  return name[0] === 'E' ? { pub: ['verify'], priv: ['sign'] } :
    { pub: [], priv: ['deriveKey', 'deriveBits'] };
}

async function cfrgGenerateKey(algorithm, extractable, usages) {
  const { name } = algorithm;
  const { pub, priv } = usagesOf(name);
  checkUsages(usages, ArrayPrototypeConcat(pub, priv), `an ${name} key`);
  const pair = await generatePair(kCurves[name].type);
  return {
    __proto__: null,
    privateKey: newCryptoKey(pair.privateKey, { name },
                             usagesIn(usages, priv), extractable),
    publicKey: newCryptoKey(pair.publicKey, { name },
                            usagesIn(usages, pub), true),
  };
}

function cfrgImportKey(algorithm, format, keyData, extractable, usages) {
  const { name } = algorithm;
  const curve = kCurves[name];
  const { pub, priv } = usagesOf(name);
  const article = `a ${name} key`;
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      keyObject = importDer(format, keyData, [curve.type], usages, { pub, priv },
                            article);
      break;
    case 'raw':
      checkUsages(usages, pub, article);
      if (keyData.length !== curve.size) {
        throw lazyDOMException(
          `${name} raw keys must be exactly ${curve.size}-bytes`, 'DataError');
      }
      try {
        keyObject = createPublicKey({
          key: Buffer.concat([Buffer.from(curve.spki, 'hex'), keyData]),
          format: 'der',
          type: 'spki',
        });
      } catch {
        throw invalidKeyData();
      }
      break;
    case 'jwk': {
      if (keyData.kty === undefined) {
        throw lazyDOMException('Invalid keyData', 'DataError');
      }
      if (keyData.kty !== 'OKP') {
        throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      }
      if (keyData.crv !== name) {
        throw lazyDOMException(
          'JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      }
      const isPublic = keyData.d === undefined;
      checkUsages(usages, isPublic ? pub : priv, article);
      checkJwk(keyData, usages, extractable, name[0] === 'E' ? 'sig' : 'enc');
      if (name[0] === 'E' && keyData.alg !== undefined &&
          keyData.alg !== name && keyData.alg !== 'EdDSA') {
        throw lazyDOMException(
          'JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = importJwk(keyData, [curve.type]);
      break;
    }
    default:
      throw lazyDOMException(`Unable to import ${name} key with format ${format}`,
                             'NotSupportedError');
  }
  return newCryptoKey(keyObject, { name }, usages, extractable);
}

function cfrgExportRaw(key) {
  const spki = keyObjectOf(key).export({ format: 'der', type: 'spki' });
  return toArrayBuffer(TypedArrayPrototypeSlice(
    spki, spki.length - kCurves[key.algorithm.name].size));
}

function cfrgExportJwk(key, jwk) {
  exportJwkFields(key, jwk);
  const { name } = key.algorithm;
  jwk.crv ||= name;
  if (name[0] === 'E') jwk.alg = name;
  return jwk;
}

function eddsaSign(algorithm, key, data) {
  checkContext(algorithm);
  return signJob(key, '', data);
}

function eddsaVerify(algorithm, key, signature, data) {
  checkContext(algorithm);
  return verifyJob(key, '', signature, data);
}

// Ed448 contexts are not supported (as in node 20).
function checkContext(algorithm) {
  if (algorithm.context !== undefined && algorithm.context.length !== 0) {
    throw lazyDOMException('Non zero-length context is not yet supported.',
                           'NotSupportedError');
  }
}

module.exports = {
  cfrgExportJwk,
  cfrgExportRaw,
  cfrgGenerateKey,
  cfrgImportKey,
  eddsaSign,
  eddsaVerify,
};
