'use strict';
// createDiffieHellman / getDiffieHellman / createECDH: both sides agree,
// key formats and encodings, verifyError, ECDH.convertKey, and node's
// errors; diffieHellman() over KeyObjects.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

// Named MODP groups (RFC 2409 / 3526).
const alice = crypto.getDiffieHellman('modp14');
assert.deepStrictEqual(Object.keys(alice), ['verifyError']);
assert.strictEqual(alice.verifyError, 0);
assert.strictEqual(alice.getGenerator('hex'), '02');
assert.strictEqual(alice.getPrime().length, 256);
assert.strictEqual(alice.getPrime('hex').slice(0, 16), 'ffffffffffffffff');
alice.generateKeys();
const bob = crypto.createDiffieHellman(alice.getPrime(), alice.getGenerator());
bob.generateKeys();
const s1 = alice.computeSecret(bob.getPublicKey());
assert.strictEqual(s1.length, 256);
assert.deepStrictEqual(s1, bob.computeSecret(alice.getPublicKey('hex'), 'hex'));
assert.strictEqual(alice.computeSecret(bob.getPublicKey(), null, 'base64'), s1.toString('base64'));
assert.strictEqual(crypto.createDiffieHellmanGroup('modp5').getPrime().length, 192);
assert.strictEqual(crypto.getDiffieHellman('modp2').getPrime().length, 128);

// A fixed private key gives the matching public key: g^x mod p.
const fixed = crypto.createDiffieHellman(crypto.getDiffieHellman('modp2').getPrime(), 2);
fixed.setPrivateKey(Buffer.from([6]));
assert.strictEqual(fixed.generateKeys('hex'), '40');  // 2^6
assert.strictEqual(fixed.getPrivateKey('hex'), '06');
// A modulus under 512 bits is flagged, and refused for keys.
const small = crypto.createDiffieHellman(Buffer.from([23]), Buffer.from([5]));
assert.strictEqual(small.verifyError, 128);
assert.strictEqual(small.getGenerator('hex'), '05');
assert.throws(() => small.generateKeys(), { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL' });

assert.throws(() => crypto.getDiffieHellman('nope'), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP' });
assert.throws(() => crypto.createDiffieHellman(1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "sizeOrKey" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => crypto.createDiffieHellman({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createDiffieHellman(-1), { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL' });
assert.throws(() => crypto.createDiffieHellman(Buffer.from([23]), {}), { code: 'ERR_INVALID_ARG_TYPE' });
const fresh = crypto.getDiffieHellman('modp5');
assert.throws(() => fresh.getPublicKey(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'No public key - did you forget to generate one?',
});
assert.throws(() => fresh.getPrivateKey(), { message: 'No private key - did you forget to generate one?' });
fresh.generateKeys();
assert.throws(() => fresh.computeSecret(Buffer.from([1])), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small',
});
assert.throws(() => fresh.computeSecret(fresh.getPrime()), { message: 'Supplied key is too large' });

// ECDH.
for (const curve of ['prime256v1', 'secp384r1', 'secp256k1']) {
  const a = crypto.createECDH(curve);
  const b = crypto.createECDH(curve);
  const aPub = a.generateKeys();
  b.generateKeys();
  assert.strictEqual(aPub[0], 4);
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(aPub));
  const compressed = a.getPublicKey(null, 'compressed');
  assert.ok(compressed[0] === 2 || compressed[0] === 3);
  assert.deepStrictEqual(b.computeSecret(compressed), a.computeSecret(b.getPublicKey(null, 'hybrid')));
  assert.deepStrictEqual(crypto.ECDH.convertKey(compressed, curve, null, null, 'uncompressed'), aPub);
  // The same key through setPrivateKey.
  const c = crypto.createECDH(curve);
  c.setPrivateKey(a.getPrivateKey());
  assert.deepStrictEqual(c.getPublicKey(), aPub);
}
// ECDH agrees with diffieHellman() over the same keys as KeyObjects.
{
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = crypto.createECDH('prime256v1');
  other.setPrivateKey(Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url'));
  const peer = crypto.createECDH('prime256v1');
  peer.generateKeys();
  const jwk = { kty: 'EC', crv: 'P-256',
                x: peer.getPublicKey().subarray(1, 33).toString('base64url'),
                y: peer.getPublicKey().subarray(33).toString('base64url') };
  assert.deepStrictEqual(
    crypto.diffieHellman({ privateKey, publicKey: crypto.createPublicKey({ key: jwk, format: 'jwk' }) }),
    peer.computeSecret(other.getPublicKey()));
  assert.ok(publicKey);
}

assert.throws(() => crypto.createECDH('nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
const e = crypto.createECDH('prime256v1');
assert.throws(() => e.getPublicKey(), { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key' });
e.generateKeys();
assert.throws(() => e.computeSecret(Buffer.alloc(65)), {
  code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve',
});
assert.throws(() => e.getPublicKey('hex', 'x'), {
  code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: x',
});
assert.throws(() => e.setPrivateKey(Buffer.alloc(32)), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE', message: 'Private key is not valid for specified curve.',
});
assert.throws(() => crypto.ECDH.convertKey(Buffer.alloc(3), 'secp256k1'), {
  code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to convert Buffer to EC_POINT',
});

// diffieHellman() errors.
const ecKey = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
assert.throws(() => crypto.diffieHellman({ privateKey: ecKey, publicKey: crypto.generateKeyPairSync('x25519').publicKey }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: ec and x25519',
});
assert.throws(() => crypto.diffieHellman({ privateKey: ecKey,
                                          publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey }), {
  code: 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS',
});
assert.throws(() => crypto.diffieHellman({}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.privateKey' is invalid. Received undefined",
});
assert.throws(() => crypto.diffieHellman(1), { code: 'ERR_INVALID_ARG_TYPE' });
