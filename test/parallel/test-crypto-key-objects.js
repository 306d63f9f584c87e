'use strict';
// createPublicKey/createPrivateKey from keys made by the openssl command
// line (PEM pkcs8/pkcs1/sec1/spki, encrypted pkcs8, a certificate), export
// to every format and back, JWK round trips, key details, equals, errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fixtures = require('../common/fixtures');

const pem = (name) => fixtures.readSync(['crypto', name], 'ascii');

const rsa = crypto.createPrivateKey(pem('rsa_private.pem'));
assert.strictEqual(rsa.type, 'private');
assert.strictEqual(rsa.asymmetricKeyType, 'rsa');
assert.deepStrictEqual(rsa.asymmetricKeyDetails, { modulusLength: 2048, publicExponent: 65537n });
assert.strictEqual(rsa.constructor.name, 'PrivateKeyObject');
assert.ok(rsa instanceof crypto.KeyObject);
assert.deepStrictEqual(Object.keys(rsa), []);
assert.strictEqual(rsa.symmetricKeySize, undefined);

// The same key from pkcs1, from the encrypted pkcs8 (with passphrase).
assert.ok(rsa.equals(crypto.createPrivateKey(pem('rsa_private_pkcs1.pem'))));
assert.ok(rsa.equals(crypto.createPrivateKey({
  key: pem('rsa_private_encrypted.pem'), passphrase: 'secret',
})));
assert.throws(() => crypto.createPrivateKey({ key: pem('rsa_private_encrypted.pem'), passphrase: 'wrong' }), {
  code: 'ERR_OSSL_BAD_DECRYPT', library: 'Provider routines', reason: 'bad decrypt',
});
assert.throws(() => crypto.createPrivateKey(pem('rsa_private_encrypted.pem')), {
  code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
});

// Public keys: from the spki file, from the private key, from a certificate.
const rsaPublic = crypto.createPublicKey(pem('rsa_public.pem'));
assert.strictEqual(rsaPublic.type, 'public');
assert.ok(rsaPublic.equals(crypto.createPublicKey(rsa)));
assert.ok(rsaPublic.equals(crypto.createPublicKey(pem('rsa_private.pem'))));
assert.ok(rsaPublic.equals(crypto.createPublicKey(pem('rsa_cert.pem'))));
assert.ok(!rsaPublic.equals(rsa));
assert.strictEqual(rsaPublic.export({ type: 'spki', format: 'pem' }), pem('rsa_public.pem'));

// Export and re-import in every format.
assert.strictEqual(rsa.export({ type: 'pkcs8', format: 'pem' }), pem('rsa_private.pem'));
assert.strictEqual(rsa.export({ type: 'pkcs1', format: 'pem' }), pem('rsa_private_pkcs1.pem'));
for (const type of ['pkcs1', 'pkcs8']) {
  const der = rsa.export({ type, format: 'der' });
  assert.ok(Buffer.isBuffer(der));
  assert.ok(rsa.equals(crypto.createPrivateKey({ key: der, format: 'der', type })));
}
for (const type of ['pkcs1', 'spki']) {
  const der = rsaPublic.export({ type, format: 'der' });
  assert.ok(rsaPublic.equals(crypto.createPublicKey({ key: der, format: 'der', type })));
  const text = rsaPublic.export({ type, format: 'pem' });
  assert.ok(rsaPublic.equals(crypto.createPublicKey(text)));
}
assert.match(rsaPublic.export({ type: 'pkcs1', format: 'pem' }), /^-----BEGIN RSA PUBLIC KEY-----\n/);
const encrypted = rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
assert.match(encrypted, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
assert.ok(rsa.equals(crypto.createPrivateKey({ key: encrypted, passphrase: Buffer.from('pw') })));
const legacy = rsa.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' });
assert.match(legacy, /Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,/);
assert.ok(rsa.equals(crypto.createPrivateKey({ key: legacy, passphrase: 'pw' })));

// JWK.
const jwk = rsa.export({ format: 'jwk' });
assert.deepStrictEqual(Object.keys(jwk), ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
assert.strictEqual(jwk.e, 'AQAB');
assert.ok(rsa.equals(crypto.createPrivateKey({ key: jwk, format: 'jwk' })));
assert.deepStrictEqual(rsaPublic.export({ format: 'jwk' }), { kty: 'RSA', n: jwk.n, e: 'AQAB' });
assert.ok(rsaPublic.equals(crypto.createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })));

// EC: sec1 and pkcs8 are the same key; details, JWK.
const ec = crypto.createPrivateKey(pem('ec_p256_sec1.pem'));
assert.strictEqual(ec.asymmetricKeyType, 'ec');
assert.deepStrictEqual(ec.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
assert.ok(ec.equals(crypto.createPrivateKey(pem('ec_p256_private.pem'))));
assert.strictEqual(ec.export({ type: 'sec1', format: 'pem' }), pem('ec_p256_sec1.pem'));
assert.strictEqual(crypto.createPublicKey(ec).export({ type: 'spki', format: 'pem' }), pem('ec_p256_public.pem'));
const ecJwk = ec.export({ format: 'jwk' });
assert.deepStrictEqual(Object.keys(ecJwk), ['kty', 'x', 'y', 'crv', 'd']);
assert.strictEqual(ecJwk.crv, 'P-256');
assert.strictEqual(Buffer.from(ecJwk.d, 'base64url').length, 32);
assert.ok(ec.equals(crypto.createPrivateKey({ key: ecJwk, format: 'jwk' })));
const ecPublicJwk = crypto.createPublicKey(ec).export({ format: 'jwk' });
assert.deepStrictEqual(ecPublicJwk, { kty: 'EC', x: ecJwk.x, y: ecJwk.y, crv: 'P-256' });
assert.ok(crypto.createPublicKey({ key: ecPublicJwk, format: 'jwk' }).equals(crypto.createPublicKey(ec)));
assert.throws(() => crypto.createPublicKey({ key: { ...ecPublicJwk, x: ecJwk.y }, format: 'jwk' }), {
  code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key',
});

// OKP keys.
const ed = crypto.createPrivateKey(pem('ed25519_private.pem'));
assert.strictEqual(ed.asymmetricKeyType, 'ed25519');
assert.deepStrictEqual(ed.asymmetricKeyDetails, {});
const edJwk = ed.export({ format: 'jwk' });
assert.deepStrictEqual(Object.keys(edJwk), ['crv', 'd', 'x', 'kty']);
assert.ok(ed.equals(crypto.createPrivateKey({ key: edJwk, format: 'jwk' })));
assert.strictEqual(crypto.createPublicKey(ed).export({ type: 'spki', format: 'pem' }), pem('ed25519_public.pem'));
const x = crypto.createPublicKey(pem('x25519_public.pem'));
assert.strictEqual(x.asymmetricKeyType, 'x25519');
assert.strictEqual(x.export({ format: 'jwk' }).crv, 'X25519');

// Errors.
assert.throws(() => crypto.createPrivateKey('foo'), {
  name: 'Error', code: 'ERR_OSSL_UNSUPPORTED',
  message: 'error:1E08010C:DECODER routines::unsupported',
  library: 'DECODER routines', reason: 'unsupported',
});
assert.throws(() => crypto.createPublicKey('foo'), { code: 'ERR_OSSL_UNSUPPORTED' });
assert.throws(() => crypto.createPrivateKey(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
           'TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.createPublicKey(1), { code: 'ERR_INVALID_ARG_TYPE', message: /KeyObject, or CryptoKey/ });
assert.throws(() => crypto.createPrivateKey(rsaPublic), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createPublicKey(crypto.createSecretKey(Buffer.alloc(1))), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type secret, expected private.',
});
assert.throws(() => crypto.createPrivateKey({ key: pem('rsa_private.pem'), format: 'der' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined",
});
assert.throws(() => crypto.createPrivateKey({ key: 1 }), { code: 'ERR_INVALID_ARG_TYPE', message: /"key.key" property/ });
assert.throws(() => crypto.createPrivateKey({ key: { kty: 'XX' }, format: 'jwk' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'key.kty' must be one of: 'RSA', 'EC', 'OKP'. Received 'XX'",
});
assert.throws(() => crypto.createPrivateKey({ key: { kty: 'RSA' }, format: 'jwk' }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "key.n" property must be of type string. Received undefined',
});
assert.throws(() => rsa.export({ type: 'spki', format: 'pem' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => rsa.export(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => rsa.export({ type: 'pkcs8', format: 'xx' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => rsa.export({ type: 'pkcs8', format: 'pem', passphrase: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.cipher' is invalid. Received undefined",
});
assert.throws(() => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'x' }), {
  code: 'ERR_CRYPTO_UNKNOWN_CIPHER',
});
assert.throws(() => rsa.export({ type: 'sec1', format: 'pem' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding sec1 can only be used for EC keys.',
});
assert.throws(() => crypto.createPublicKey(ec).export({ type: 'pkcs1', format: 'pem' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding pkcs1 can only be used for RSA keys.',
});
assert.throws(() => rsa.export({ type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding pkcs1 does not support encryption.',
});

// getCurves.
const curves = crypto.getCurves();
for (const name of ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1']) assert.ok(curves.includes(name));
assert.deepStrictEqual([...curves].sort(), curves);
