'use strict';
// generateKeyPair(Sync) for every key type, with and without encodings,
// on the pool with a callback; generateKey(Sync) for hmac and aes; errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const message = Buffer.from('keygen');
function checkSigningPair(publicKey, privateKey, digest) {
  const signature = crypto.sign(digest, message, privateKey);
  assert.ok(crypto.verify(digest, message, publicKey, signature));
}

{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  assert.strictEqual(publicKey.type, 'public');
  assert.strictEqual(privateKey.type, 'private');
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  assert.ok(publicKey.equals(crypto.createPublicKey(privateKey)));
  checkSigningPair(publicKey, privateKey, 'sha256');
  const e3 = crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 3 });
  assert.strictEqual(e3.publicKey.asymmetricKeyDetails.publicExponent, 3n);
}
{
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa-pss', {
    modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16,
  });
  assert.strictEqual(privateKey.asymmetricKeyType, 'rsa-pss');
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, {
    modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256',
    mgf1HashAlgorithm: 'sha256', saltLength: 16,
  });
  checkSigningPair(publicKey, privateKey, 'sha256');
}
for (const [curve, name] of [['P-256', 'prime256v1'], ['secp256k1', 'secp256k1'],
                             ['P-384', 'secp384r1'], ['secp521r1', 'secp521r1']]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, { namedCurve: name });
  checkSigningPair(publicKey, privateKey, 'sha256');
  assert.ok(privateKey.equals(crypto.createPrivateKey({ key: privateKey.export({ format: 'jwk' }), format: 'jwk' })));
}
for (const type of ['ed25519', 'ed448']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type);
  assert.strictEqual(publicKey.asymmetricKeyType, type);
  checkSigningPair(publicKey, privateKey, null);
}
for (const type of ['x25519', 'x448']) {
  const a = crypto.generateKeyPairSync(type);
  const b = crypto.generateKeyPairSync(type);
  assert.strictEqual(a.privateKey.asymmetricKeyType, type);
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }),
                         crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }));
}
{
  const { privateKey } = crypto.generateKeyPairSync('dsa', { modulusLength: 1024 });
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, { modulusLength: 1024, divisorLength: 224 });
  const dh = crypto.generateKeyPairSync('dh', { group: 'modp14' });
  assert.strictEqual(dh.privateKey.asymmetricKeyType, 'dh');
  const other = crypto.generateKeyPairSync('dh', { group: 'modp14' });
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: dh.privateKey, publicKey: other.publicKey }),
                         crypto.diffieHellman({ privateKey: other.privateKey, publicKey: dh.publicKey }));
}

// Encodings give strings (PEM), Buffers (DER) or objects (JWK).
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'der' },
  });
  assert.match(publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(Buffer.isBuffer(privateKey));
  checkSigningPair(publicKey, { key: privateKey, format: 'der', type: 'sec1' }, 'sha256');
  const jwk = crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { format: 'jwk' } });
  assert.strictEqual(jwk.privateKey.kty, 'OKP');
  const enc = crypto.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top' },
  });
  assert.match(enc.privateKey, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey({ key: enc.privateKey, passphrase: 'top' }));
}

// Async.
crypto.generateKeyPair('ed25519', common.mustSucceed((publicKey, privateKey) => {
  checkSigningPair(publicKey, privateKey, null);
}));
crypto.generateKeyPair('rsa', {
  modulusLength: 1024, publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
}, common.mustSucceed((publicKey, privateKey) => {
  assert.match(publicKey, /^-----BEGIN RSA PUBLIC KEY-----\n/);
  assert.strictEqual(privateKey.asymmetricKeyType, 'rsa');
}));
crypto.generateKeyPair('rsa', { modulusLength: 100 }, common.mustCall((err) => {
  assert.strictEqual(err.message, 'error:1C8000AB:Provider routines::key size too small');
}));

// Secret keys.
assert.strictEqual(crypto.generateKeySync('hmac', { length: 64 }).symmetricKeySize, 8);
assert.strictEqual(crypto.generateKeySync('hmac', { length: 65 }).symmetricKeySize, 8);
assert.strictEqual(crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize, 32);
crypto.generateKey('aes', { length: 128 }, common.mustSucceed((key) => {
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 16);
}));

// Errors.
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
assert.throws(() => crypto.generateKeyPairSync('foo', {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' must be a supported key type. Received 'foo'",
});
assert.throws(() => crypto.generateKeyPairSync('rsa', {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: /"options.modulusLength" property/,
});
assert.throws(() => crypto.generateKeyPairSync('rsa', { modulusLength: 100 }), {
  name: 'Error', message: 'error:1C8000AB:Provider routines::key size too small',
});
assert.throws(() => crypto.generateKeyPairSync('dh', { group: 'modp2', prime: Buffer.alloc(1) }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
});
assert.throws(() => crypto.generateKeyPairSync('dh', { group: 'nope' }), {
  code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group',
});
assert.throws(() => crypto.generateKeyPairSync('dh', {}), {
  code: 'ERR_MISSING_OPTION',
  message: 'At least one of the group, prime, or primeLength options is required',
});
assert.throws(() => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: { format: 'pem' } }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKeyEncoding.type' is invalid. Received undefined",
});
assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }), {
  code: 'ERR_CRYPTO_INVALID_DIGEST',
});
assert.throws(() => crypto.generateKeyPair('rsa', { modulusLength: 512 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeySync('hmac', { length: 7 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKeySync('hmac'), { code: 'ERR_INVALID_ARG_TYPE' });
