'use strict';
// crypto.subtle Ed25519, Ed448, X25519 and X448: the RFC 8032 signature
// vectors and RFC 7748 key agreement vectors, keys as raw, SPKI, PKCS#8 and
// JWK (node's shapes), generated key pairs, and node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;

common.expectWarning({
  ExperimentalWarning: [
    ['The Ed448 Web Crypto API algorithm is an experimental feature and might change at any time'],
    ['The X448 Web Crypto API algorithm is an experimental feature and might change at any time'],
  ],
});
const hex = (ab) => Buffer.from(ab).toString('hex');
const unhex = (text) => Buffer.from(text, 'hex');

// PKCS#8 for a raw private key of each curve: the DER before the key.
const kPkcs8Prefix = {
  Ed25519: '302e020100300506032b657004220420',
  Ed448: '3047020100300506032b6571043b0439',
  X25519: '302e020100300506032b656e04220420',
  X448: '3046020100300506032b656f043a0438',
};

function importPrivate(name, secret, usages) {
  return subtle.importKey('pkcs8', unhex(kPkcs8Prefix[name] + secret), name, true, usages);
}

// RFC 8032 section 7.1 (TEST 1, 2, 3) and 7.4 (-----Blank).
const kSignatures = [
  {
    name: 'Ed25519',
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
               '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'Ed25519',
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da' +
               '085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'Ed25519',
    secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature: '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac' +
               '18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
  {
    name: 'Ed448',
    secret: '6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3' +
            '528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b',
    public: '5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778' +
            'edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180',
    message: '',
    signature: '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f' +
               '2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a' +
               '9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4db' +
               'b61149f05a7363268c71d95808ff2e652600',
  },
];

// RFC 7748 section 6.1 and 6.2.
const kAgreements = [
  {
    name: 'X25519',
    alice: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
    bobPublic: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
    alicePublic: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
    shared: '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
  },
  {
    name: 'X448',
    alice: '9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf5' +
           '74a9419744897391006382a6f127ab1d9ac2d8c0a598726b',
    bobPublic: '3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972' +
               'fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609',
    alicePublic: '9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bb' +
                 'c836647241d953d40c5b12da88120d53177f80e532c41fa0',
    shared: '07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56' +
            'fd2464c335543936521c24403085d59a449a5037514a879d',
  },
];

(async () => {
  for (const vector of kSignatures) {
    const { name } = vector;
    const privateKey = await importPrivate(name, vector.secret, ['sign']);
    const publicKey = await subtle.importKey('raw', unhex(vector.public), name, true, ['verify']);
    assert.deepStrictEqual(privateKey.algorithm, { name });
    const signature = await subtle.sign(name, privateKey, unhex(vector.message));
    assert.strictEqual(hex(signature), vector.signature);
    assert.strictEqual(await subtle.verify({ name }, publicKey, signature, unhex(vector.message)), true);
    assert.strictEqual(await subtle.verify(name, publicKey, signature, unhex('00')), false);
    assert.strictEqual(hex(await subtle.exportKey('raw', publicKey)), vector.public);

    // JWK as node writes it.
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'crv', 'd', 'x', 'kty', 'alg']);
    assert.deepStrictEqual(jwk, {
      key_ops: ['sign'], ext: true, crv: name,
      d: unhex(vector.secret).toString('base64url'),
      x: unhex(vector.public).toString('base64url'),
      kty: 'OKP', alg: name,
    });
    const publicJwk = await subtle.exportKey('jwk', publicKey);
    assert.deepStrictEqual(Object.keys(publicJwk), ['key_ops', 'ext', 'crv', 'x', 'kty', 'alg']);
    const fromJwk = await subtle.importKey('jwk', jwk, name, false, ['sign']);
    assert.strictEqual(hex(await subtle.sign(name, fromJwk, unhex(vector.message))), vector.signature);
    await assert.rejects(subtle.importKey('jwk', { ...publicJwk, alg: 'ES256' }, name, true, ['verify']),
                         { name: 'DataError', message: 'JWK "alg" does not match the requested algorithm' });
    await subtle.importKey('jwk', { ...publicJwk, alg: 'EdDSA' }, name, true, ['verify']);
  }

  for (const vector of kAgreements) {
    const { name } = vector;
    const alice = await importPrivate(name, vector.alice, ['deriveBits']);
    const bob = await subtle.importKey('raw', unhex(vector.bobPublic), name, true, []);
    const bits = await subtle.deriveBits({ name, public: bob }, alice);
    assert.strictEqual(hex(bits), vector.shared);
    // A shorter length takes the first bytes.
    assert.strictEqual(hex(await subtle.deriveBits({ name, public: bob }, alice, 128)),
                       vector.shared.slice(0, 32));
    await assert.rejects(subtle.deriveBits({ name, public: bob }, alice, 8 * bits.byteLength + 8),
                         { name: 'OperationError', message: 'derived bit length is too small' });
    // The public half of the private key.
    const spki = await subtle.exportKey('spki', await subtle.importKey(
      'jwk', { ...(await subtle.exportKey('jwk', alice)), d: undefined }, name, true, []));
    assert.strictEqual(hex(spki).slice(-vector.alicePublic.length), vector.alicePublic);
    await assert.rejects(subtle.deriveBits({ name, public: alice }, alice),
                         { name: 'InvalidAccessError', message: 'algorithm.public must be a public key' });
  }

  // Generated pairs: private key first, node's usages per half.
  {
    const pair = await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
    assert.deepStrictEqual(Object.keys(pair), ['privateKey', 'publicKey']);
    assert.strictEqual(Object.getPrototypeOf(pair), null);
    assert.strictEqual(pair.publicKey.extractable, true);
    assert.strictEqual(pair.privateKey.extractable, false);
    assert.deepStrictEqual(pair.publicKey.usages, ['verify']);
    assert.deepStrictEqual(pair.privateKey.usages, ['sign']);
    const data = Buffer.from('data');
    const signature = await subtle.sign('Ed25519', pair.privateKey, data);
    // Interop with crypto.verify over the same keys.
    assert(crypto.verify(null, data, crypto.KeyObject.from(pair.publicKey), Buffer.from(signature)));

    const a = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
    const b = await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits', 'deriveKey']);
    assert.deepStrictEqual(a.publicKey.usages, []);
    assert.deepStrictEqual(b.privateKey.usages, ['deriveKey', 'deriveBits']);
    assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: b.publicKey }, a.privateKey, 256)),
                       hex(await subtle.deriveBits({ name: 'X25519', public: a.publicKey }, b.privateKey, 256)));
    const x448 = await subtle.generateKey({ name: 'X448' }, true, ['deriveBits']);
    await assert.rejects(subtle.deriveBits({ name: 'X25519', public: x448.publicKey }, a.privateKey), {
      name: 'InvalidAccessError', message: 'The public and private keys must be of the same type',
    });
    await assert.rejects(subtle.deriveBits({ name: 'X25519', public: pair.publicKey }, a.privateKey), {
      name: 'InvalidAccessError', message: 'Keys must be ECDH, X25519, or X448 keys',
    });
  }

  // Errors.
  await assert.rejects(subtle.generateKey({ name: 'Ed25519' }, true, ['encrypt']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for an Ed25519 key' });
  await assert.rejects(subtle.generateKey({ name: 'X25519' }, true, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.' });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(31), 'Ed25519', true, ['verify']),
                       { name: 'DataError', message: 'Ed25519 raw keys must be exactly 32-bytes' });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(32), 'Ed25519', true, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for a Ed25519 key' });
  await assert.rejects(subtle.importKey('pkcs8', new Uint8Array(10), 'X25519', true, ['deriveBits']),
                       { name: 'DataError', message: 'Invalid keyData' });
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  await assert.rejects(subtle.importKey('spki', await subtle.exportKey('spki', ec.publicKey), 'Ed25519',
                                        true, ['verify']),
                       { name: 'DataError', message: 'Invalid key type' });
  await assert.rejects(subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed448', x: 'AA' }, 'Ed25519', true,
                                        ['verify']),
                       { name: 'DataError', message: 'JWK "crv" Parameter and algorithm name mismatch' });
  const ed = await importPrivate('Ed25519', kSignatures[0].secret, ['sign']);
  await assert.rejects(subtle.exportKey('raw', ed),
                       { name: 'InvalidAccessError', message: 'Unable to export a raw Ed25519 private key' });
  await assert.rejects(subtle.verify('Ed25519', ed, new Uint8Array(64), new Uint8Array(1)),
                       { name: 'InvalidAccessError', message: 'Unable to use this key to verify' });
  await assert.rejects(subtle.sign('Ed448', ed, new Uint8Array(1)),
                       { name: 'InvalidAccessError', message: 'Unable to use this key to sign' });
})().then(common.mustCall());
