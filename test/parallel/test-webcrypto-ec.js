'use strict';
// crypto.subtle ECDSA and ECDH on P-256/384/521: generated pairs, keys as
// raw, SPKI, PKCS#8 and JWK (node's shapes), IEEE P1363 signatures that
// crypto.verify accepts, ECDH agreeing with crypto.diffieHellman, and
// node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');

const kCurves = { 'P-256': [32, 'prime256v1'], 'P-384': [48, 'secp384r1'], 'P-521': [66, 'secp521r1'] };
const kHashes = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' };

(async () => {
  for (const namedCurve of Object.keys(kCurves)) {
    const [size, opensslName] = kCurves[namedCurve];
    const hash = kHashes[namedCurve];
    const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['verify', 'sign']);
    assert.deepStrictEqual(Object.keys(pair), ['publicKey', 'privateKey']);
    assert.deepStrictEqual(pair.publicKey.algorithm, { name: 'ECDSA', namedCurve });
    assert.deepStrictEqual(pair.publicKey.usages, ['verify']);
    assert.deepStrictEqual(pair.privateKey.usages, ['sign']);

    // Signatures are r || s, and crypto.verify reads them as ieee-p1363.
    const data = Buffer.from(`some data on ${namedCurve}`);
    const signature = await subtle.sign({ name: 'ECDSA', hash }, pair.privateKey, data);
    assert.strictEqual(signature.byteLength, 2 * size);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, pair.publicKey, signature, data), true);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-1' }, pair.publicKey, signature, data),
                       false);
    assert(crypto.verify(hash.replace('-', ''), data,
                         { key: crypto.KeyObject.from(pair.publicKey), dsaEncoding: 'ieee-p1363' },
                         Buffer.from(signature)));
    const nodeSignature = crypto.sign(hash.replace('-', ''), data,
                                      { key: crypto.KeyObject.from(pair.privateKey), dsaEncoding: 'ieee-p1363' });
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, pair.publicKey, nodeSignature, data), true);

    // raw (uncompressed point), SPKI, PKCS#8 and JWK round trips.
    const raw = await subtle.exportKey('raw', pair.publicKey);
    assert.strictEqual(raw.byteLength, 1 + 2 * size);
    assert.strictEqual(new Uint8Array(raw)[0], 4);
    const spki = await subtle.exportKey('spki', pair.publicKey);
    assert.strictEqual(hex(spki).endsWith(hex(raw)), true);
    const pkcs8 = await subtle.exportKey('pkcs8', pair.privateKey);
    const jwk = await subtle.exportKey('jwk', pair.privateKey);
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'x', 'y', 'crv', 'd']);
    assert.strictEqual(jwk.crv, namedCurve);
    assert.deepStrictEqual(jwk.key_ops, ['sign']);
    const publicJwk = await subtle.exportKey('jwk', pair.publicKey);
    assert.deepStrictEqual(Object.keys(publicJwk), ['key_ops', 'ext', 'kty', 'x', 'y', 'crv']);
    assert.deepStrictEqual(crypto.KeyObject.from(pair.publicKey).asymmetricKeyDetails,
                           { namedCurve: opensslName });

    for (const [format, keyData, usages] of [['raw', raw, ['verify']], ['spki', spki, ['verify']],
                                             ['pkcs8', pkcs8, ['sign']], ['jwk', jwk, ['sign']],
                                             ['jwk', publicJwk, ['verify']]]) {
      const key = await subtle.importKey(format, keyData, { name: 'ECDSA', namedCurve }, true, usages);
      assert.deepStrictEqual(key.algorithm, { name: 'ECDSA', namedCurve });
      if (key.type === 'public') {
        assert.strictEqual(hex(await subtle.exportKey('raw', key)), hex(raw));
        assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, key, signature, data), true);
      } else {
        assert.strictEqual(hex(await subtle.exportKey('pkcs8', key)), hex(pkcs8));
      }
    }

    // ECDH: both sides agree, and with crypto.diffieHellman.
    const a = await subtle.generateKey({ name: 'ECDH', namedCurve }, true, ['deriveBits']);
    const b = await subtle.generateKey({ name: 'ECDH', namedCurve }, true, ['deriveKey', 'deriveBits']);
    assert.deepStrictEqual(a.publicKey.usages, []);
    assert.deepStrictEqual(b.privateKey.usages, ['deriveKey', 'deriveBits']);
    const ab = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey);
    const ba = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 8 * size);
    assert.strictEqual(ab.byteLength, size);
    assert.strictEqual(hex(ab), hex(ba));
    assert.strictEqual(hex(ab), crypto.diffieHellman({
      privateKey: crypto.KeyObject.from(a.privateKey),
      publicKey: crypto.KeyObject.from(b.publicKey),
    }).toString('hex'));
    // A length that is not a multiple of 8 rounds up to whole bytes, the
    // bits past it zeroed.
    const twelve = new Uint8Array(await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 12));
    assert.strictEqual(twelve.length, 2);
    assert.strictEqual(twelve[0], new Uint8Array(ab)[0]);
    assert.strictEqual(twelve[1], new Uint8Array(ab)[1] & 0xf0);
    const aes = await subtle.deriveKey({ name: 'ECDH', public: a.publicKey }, b.privateKey,
                                       { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
    assert.strictEqual(hex(await subtle.exportKey('raw', aes)), hex(ab).slice(0, 32));
  }

  // A compressed point imports and exports uncompressed.
  {
    const ecdh = crypto.createECDH('prime256v1');
    ecdh.generateKeys();
    const key = await subtle.importKey('raw', ecdh.getPublicKey(null, 'compressed'),
                                       { name: 'ECDH', namedCurve: 'P-256' }, true, []);
    assert.strictEqual(hex(await subtle.exportKey('raw', key)), ecdh.getPublicKey('hex'));
  }

  // Errors.
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-10' }, true, ['sign']),
                       { name: 'NotSupportedError', message: 'Unrecognized namedCurve' });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA' }, true, ['sign']), {
    name: 'TypeError',
    code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'EcKeyGenParams' " +
             "because 'namedCurve' is required in 'EcKeyGenParams'.",
  });
  await assert.rejects(subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for an ECDH key' });
  const p256 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const p384 = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const spki = await subtle.exportKey('spki', p256.publicKey);
  await assert.rejects(subtle.importKey('spki', spki, { name: 'ECDH', namedCurve: 'P-384' }, true, []),
                       { name: 'DataError', message: 'Named curve mismatch' });
  await assert.rejects(subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for a ECDSA key' });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(65), { name: 'ECDSA', namedCurve: 'P-256' },
                                        true, ['verify']),
                       { name: 'DataError', message: 'Invalid keyData' });
  await assert.rejects(subtle.importKey('jwk', { kty: 'EC', crv: 'P-384' }, { name: 'ECDSA', namedCurve: 'P-256' },
                                        true, ['verify']),
                       { name: 'DataError', message: 'JWK "crv" does not match the requested algorithm' });
  const publicJwk = await subtle.exportKey('jwk', p256.publicKey);
  const ecdsaJwk = await subtle.exportKey(
    'jwk', (await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])).publicKey);
  await assert.rejects(subtle.importKey('jwk', { ...ecdsaJwk, alg: 'ES384', key_ops: undefined },
                                        { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']),
                       { name: 'DataError', message: 'JWK "alg" does not match the requested algorithm' });
  await assert.rejects(subtle.importKey('jwk', { ...ecdsaJwk, use: 'enc', key_ops: undefined },
                                        { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']),
                       { name: 'DataError', message: 'Invalid JWK "use" Parameter' });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: p384.publicKey }, p256.privateKey),
                       { name: 'InvalidAccessError', message: 'Named curve mismatch' });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: p256.publicKey }, p256.publicKey),
                       { name: 'InvalidAccessError', message: 'baseKey does not have deriveBits usage' });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: p256.publicKey }, p256.privateKey, 264),
                       { name: 'OperationError', message: 'derived bit length is too small' });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: {} }, p256.privateKey), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'public' of 'EcdhKeyDeriveParams' (passed algorithm) is not " +
             'of type CryptoKey.',
  });
  await assert.rejects(subtle.exportKey('raw', p256.privateKey),
                       { name: 'InvalidAccessError', message: 'Unable to export a raw ECDH private key' });
  await assert.rejects(subtle.exportKey('pkcs8', p256.publicKey),
                       { name: 'InvalidAccessError', message: 'Unable to export a pkcs8 ECDH public key' });
  await assert.rejects(subtle.sign({ name: 'ECDSA' }, p256.privateKey, new Uint8Array(1)),
                       { name: 'TypeError', code: 'ERR_MISSING_OPTION' });
  await assert.rejects(subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, p256.privateKey, new Uint8Array(1)),
                       { name: 'InvalidAccessError', message: 'Unable to use this key to sign' });
})().then(common.mustCall());
