'use strict';
// publicEncrypt/privateDecrypt (OAEP with SHA-1 and SHA-256, labels, no
// padding) and privateEncrypt/publicDecrypt (PKCS#1 v1.5), against keys
// made by the openssl command line; node's errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fixtures = require('../common/fixtures');

const priv = fixtures.readSync(['crypto', 'rsa_private.pem'], 'ascii');
const pub = fixtures.readSync(['crypto', 'rsa_public.pem'], 'ascii');
const { constants } = crypto;

const ct = crypto.publicEncrypt(pub, Buffer.from('hello'));
assert.strictEqual(ct.length, 256);
assert.strictEqual(crypto.privateDecrypt(priv, ct).toString(), 'hello');
// OAEP is randomised.
assert.notDeepStrictEqual(crypto.publicEncrypt(pub, Buffer.from('hello')), ct);
// A private key (PEM or KeyObject) encrypts with its public half.
assert.strictEqual(crypto.privateDecrypt(priv, crypto.publicEncrypt(priv, Buffer.from('a'))).toString(), 'a');
const keyObject = crypto.createPrivateKey(priv);
assert.strictEqual(crypto.privateDecrypt(keyObject, crypto.publicEncrypt(keyObject, 'str')).toString(), 'str');

const label = Buffer.from('label');
const oaep = crypto.publicEncrypt({ key: pub, oaepHash: 'sha256', oaepLabel: label }, Buffer.from('x'));
assert.strictEqual(crypto.privateDecrypt({ key: priv, oaepHash: 'sha256', oaepLabel: label }, oaep).toString(), 'x');
assert.throws(() => crypto.privateDecrypt({ key: priv, oaepHash: 'sha256' }, oaep), {
  code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR', message: 'error:02000079:rsa routines::oaep decoding error',
});

// Raw RSA: deterministic, exactly one block.
const raw = Buffer.alloc(256, 1);
const rawCt = crypto.publicEncrypt({ key: pub, padding: constants.RSA_NO_PADDING }, raw);
assert.deepStrictEqual(crypto.publicEncrypt({ key: pub, padding: constants.RSA_NO_PADDING }, raw), rawCt);
assert.deepStrictEqual(crypto.privateDecrypt({ key: priv, padding: constants.RSA_NO_PADDING }, rawCt), raw);

// privateEncrypt is PKCS#1 v1.5 signing of raw data.
const sig = crypto.privateEncrypt(priv, Buffer.from('sig'));
assert.deepStrictEqual(crypto.privateEncrypt(priv, Buffer.from('sig')), sig);
assert.strictEqual(crypto.publicDecrypt(pub, sig).toString(), 'sig');

assert.throws(() => crypto.publicEncrypt(pub, Buffer.alloc(300)), {
  code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE',
});
assert.throws(() => crypto.privateDecrypt(priv, Buffer.alloc(256)), { code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR' });
assert.throws(() => crypto.privateDecrypt({ key: priv, padding: constants.RSA_PKCS1_PADDING }, ct), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be ' +
           'reverted with --security-revert=CVE-2023-46809',
});
assert.throws(() => crypto.publicEncrypt({ key: pub, oaepHash: 'nope' }, Buffer.from('x')), {
  code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used',
});
assert.throws(() => crypto.publicEncrypt({ key: pub, oaepHash: 1 }, Buffer.from('x')), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "key.oaepHash" property must be of type string. Received type number (1)',
});
assert.throws(() => crypto.publicEncrypt(pub, 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"buffer" argument/ });
assert.throws(() => crypto.publicEncrypt(1, Buffer.from('x')), { code: 'ERR_INVALID_ARG_TYPE', message: /"key" argument/ });
assert.throws(() => crypto.publicEncrypt(fixtures.readSync(['crypto', 'ec_p256_public.pem'], 'ascii'), Buffer.from('x')), {
  code: 'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE',
});
