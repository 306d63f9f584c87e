'use strict';

// crypto.subtle ECDSA and ECDH on P-256, P-384 and P-521: keys (generate on
// the pool; import/export as 'raw' (public), 'spki', 'pkcs8', 'jwk'),
// ECDSA sign/verify (IEEE P1363 signatures) and ECDH deriveBits, on the
// thread pool.

const {
  ArrayFrom,
  ArrayPrototypeConcat,
  BigInt,
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
const { kHashes } = require('internal/crypto/subtle/hmac');

const kDsaEncodingP1363 = 1;

// Web Crypto's curves: OpenSSL's name, the DER of the curve's OID, the
// sizes of an uncompressed point and of its SPKI, ECDSA's JWK `alg`, and
// the group order.
const kCurves = {
  __proto__: null,
  'P-256': {
    openssl: 'prime256v1', point: 65, spki: 91, jwk: 'ES256',
    oid: [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07],
    order: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  },
  'P-384': {
    openssl: 'secp384r1', point: 97, spki: 120, jwk: 'ES384',
    oid: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22],
    order: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  },
  'P-521': {
    openssl: 'secp521r1', point: 133, spki: 158, jwk: 'ES512',
    oid: [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x23],
    order: 0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n,
  },
};
const kEcPublicKeyOid = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];

function usagesOf(name) {
  return name === 'ECDSA' ? { pub: ['verify'], priv: ['sign'] } :
    { pub: [], priv: ['deriveKey', 'deriveBits'] };
}

function checkCurve(namedCurve) {
  if (kCurves[namedCurve] === undefined) {
    throw lazyDOMException('Unrecognized namedCurve', 'NotSupportedError');
  }
}

// A private scalar must be in [1, n - 1] (OpenSSL reads larger ones).
function checkScalar(keyObject, namedCurve) {
  const { d } = keyObject.export({ format: 'jwk' });
  const scalar = BigInt(`0x${Buffer.from(d, 'base64url').toString('hex')}`);
  if (scalar === 0n || scalar >= kCurves[namedCurve].order) {
    throw lazyDOMException('Invalid keyData', 'DataError');
  }
}

// A DER TLV.
function der(tag, body) {
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return ArrayPrototypeConcat([tag], length, body);
}

// The SPKI of a raw (SEC1) public point on `namedCurve`.
function spkiOfPoint(namedCurve, point) {
  const algorithm = der(0x30, ArrayPrototypeConcat(kEcPublicKeyOid,
                                                   kCurves[namedCurve].oid));
  const bits = der(0x03, ArrayPrototypeConcat([0], ArrayFrom(point)));
  return Buffer.from(der(0x30, ArrayPrototypeConcat(algorithm, bits)));
}

async function ecGenerateKey(algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  checkCurve(namedCurve);
  const { pub, priv } = usagesOf(name);
  checkUsages(usages, ArrayPrototypeConcat(pub, priv), `an ${name} key`);
  const pair = await generatePair('ec', { namedCurve: kCurves[namedCurve].openssl });
  const keyAlgorithm = { name, namedCurve };
  return {
    __proto__: null,
    publicKey: newCryptoKey(pair.publicKey, keyAlgorithm,
                            usagesIn(usages, pub), true),
    privateKey: newCryptoKey(pair.privateKey, keyAlgorithm,
                             usagesIn(usages, priv), extractable),
  };
}

function ecImportKey(algorithm, format, keyData, extractable, usages) {
  const { name, namedCurve } = algorithm;
  checkCurve(namedCurve);
  const { pub, priv } = usagesOf(name);
  const article = `a ${name} key`;
  let keyObject;
  switch (format) {
    case 'spki':
    case 'pkcs8':
      keyObject = importDer(format, keyData, ['ec'], usages, { pub, priv },
                            article);
      break;
    case 'raw':
      checkUsages(usages, pub, article);
      try {
        keyObject = createPublicKey({
          key: spkiOfPoint(namedCurve, keyData), format: 'der', type: 'spki',
        });
      } catch {
        throw invalidKeyData();
      }
      break;
    case 'jwk': {
      if (keyData.kty === undefined) {
        throw lazyDOMException('Invalid keyData', 'DataError');
      }
      if (keyData.kty !== 'EC') {
        throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      }
      if (keyData.crv !== namedCurve) {
        throw lazyDOMException(
          'JWK "crv" does not match the requested algorithm', 'DataError');
      }
      checkUsages(usages, keyData.d === undefined ? pub : priv, article);
      checkJwk(keyData, usages, extractable, name === 'ECDH' ? 'enc' : 'sig');
      if (name === 'ECDSA' && keyData.alg !== undefined &&
          keyData.alg !== kCurves[namedCurve].jwk) {
        throw lazyDOMException(
          'JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = importJwk(keyData, ['ec']);
      break;
    }
    default:
      throw lazyDOMException(`Unable to import ${name} key with format ${format}`,
                             'NotSupportedError');
  }
  if (keyObject.asymmetricKeyType !== 'ec') {
    throw lazyDOMException('Invalid key type', 'DataError');
  }
  if (keyObject.asymmetricKeyDetails.namedCurve !== kCurves[namedCurve].openssl) {
    throw lazyDOMException('Named curve mismatch', 'DataError');
  }
  if (keyObject.type === 'private') checkScalar(keyObject, namedCurve);
  if ((format === 'raw' && keyData.length !== kCurves[namedCurve].point) ||
      (format === 'spki' && keyData.length !== kCurves[namedCurve].spki)) {
    // A compressed point: keep the key uncompressed, as node does.
    keyObject = createPublicKey({
      key: keyObject.export({ format: 'jwk' }), format: 'jwk',
    });
  }
  return newCryptoKey(keyObject, { name, namedCurve }, usages, extractable);
}

// The public point (uncompressed) of a public key: the end of its SPKI.
function ecExportRaw(key) {
  const spki = keyObjectOf(key).export({ format: 'der', type: 'spki' });
  const size = kCurves[key.algorithm.namedCurve].point;
  return toArrayBuffer(TypedArrayPrototypeSlice(spki, spki.length - size));
}

function ecExportJwk(key, jwk) {
  exportJwkFields(key, jwk);
  jwk.crv ||= key.algorithm.namedCurve;
  return jwk;
}

function ecdsaSign(algorithm, key, data) {
  return signJob(key, kHashes[algorithm.hash.name].openssl, data, undefined,
                 undefined, kDsaEncodingP1363);
}

function ecdsaVerify(algorithm, key, signature, data) {
  return verifyJob(key, kHashes[algorithm.hash.name].openssl, signature, data,
                   undefined, undefined, kDsaEncodingP1363);
}

module.exports = {
  ecExportJwk,
  ecExportRaw,
  ecGenerateKey,
  ecImportKey,
  ecdsaSign,
  ecdsaVerify,
};
