'use strict';
// Sign/Verify streams and one-shot crypto.sign/verify for RSA (PKCS#1
// v1.5 and PSS), ECDSA (DER and IEEE P1363) and Ed25519, sync and with a
// callback; signatures made by the openssl command line verify here.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fixtures = require('../common/fixtures');

const read = (name, enc = 'ascii') => fixtures.readSync(['crypto', name], enc);
const rsa = read('rsa_private.pem');
const rsaPublic = read('rsa_public.pem');
const ec = read('ec_p256_private.pem');
const ecPublic = read('ec_p256_public.pem');
const ed = read('ed25519_private.pem');
const edPublic = read('ed25519_public.pem');
const message = read('message.txt', null);

// Signatures from `openssl dgst` / `openssl pkeyutl`.
assert.ok(crypto.verify('sha256', message, rsaPublic, read('message.rsa_sha256.sig', null)));
assert.ok(crypto.verify('sha256', message, ecPublic, read('message.ec_sha256.sig', null)));
assert.ok(crypto.verify(null, message, edPublic, read('message.ed25519.sig', null)));
assert.ok(crypto.verify('sha256', message, {
  key: rsaPublic, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32,
}, read('message.rsa_pss_sha256.sig', null)));
const v = crypto.createVerify('SHA256');
v.update(message.subarray(0, 10));
v.update(message.subarray(10));
assert.ok(v.verify(rsaPublic, read('message.rsa_sha256.sig', null)));
// PKCS#1 v1.5 RSA signatures are deterministic: ours equals openssl's.
assert.deepStrictEqual(crypto.sign('sha256', message, rsa), read('message.rsa_sha256.sig', null));
assert.deepStrictEqual(crypto.sign(null, message, ed), read('message.ed25519.sig', null));

// Streams: write() feeds the hash like update().
const s = crypto.createSign('sha384');
assert.ok(s instanceof require('stream').Writable);
s.write('hello ');
s.end('world');
const sig = s.sign(rsa, 'base64');
const vs = crypto.createVerify('sha384');
vs.update('hello world');
assert.ok(vs.verify(rsaPublic, sig, 'base64'));
const bad = crypto.createVerify('sha384');
bad.update('hello there');
assert.strictEqual(bad.verify(rsaPublic, sig, 'base64'), false);

// PSS with the default (maximum) salt verifies with auto salt length.
const pss = crypto.sign('sha256', message, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING });
assert.ok(crypto.verify('sha256', message, {
  key: rsaPublic, padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
}, pss));
assert.ok(!crypto.verify('sha256', message, rsaPublic, pss));

// ECDSA in IEEE P1363 form is r || s, 64 bytes for P-256.
const p1363 = crypto.sign('sha256', message, { key: ec, dsaEncoding: 'ieee-p1363' });
assert.strictEqual(p1363.length, 64);
assert.ok(crypto.verify('sha256', message, { key: ecPublic, dsaEncoding: 'ieee-p1363' }, p1363));
assert.ok(!crypto.verify('sha256', message, ecPublic, p1363));
const signer = crypto.createSign('sha256');
signer.update(message);
assert.strictEqual(signer.sign({ key: ec, dsaEncoding: 'ieee-p1363' }).length, 64);

// KeyObjects, private keys as verification keys.
const key = crypto.createPrivateKey(ec);
assert.ok(crypto.verify('sha256', message, key, crypto.sign('sha256', message, key)));
assert.strictEqual(crypto.verify(null, message, ed, Buffer.alloc(64)), false);

// Callbacks run on the pool.
crypto.sign(null, message, ed, common.mustSucceed((signature) => {
  assert.deepStrictEqual(signature, read('message.ed25519.sig', null));
  crypto.verify(null, message, edPublic, signature, common.mustSucceed((ok) => {
    assert.strictEqual(ok, true);
  }));
}));
crypto.verify('sha256', message, ecPublic, Buffer.alloc(64), common.mustSucceed((ok) => {
  assert.strictEqual(ok, false);
}));

// Errors.
assert.throws(() => crypto.createSign('nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest',
});
assert.throws(() => crypto.createSign(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createSign('sha256').sign(), {
  code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED', message: 'No key provided to sign',
});
const once = crypto.createSign('sha256');
once.update('x');
once.sign(rsa);
assert.throws(() => once.sign(rsa), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Not initialised' });
assert.throws(() => once.update('y'), { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.throws(() => crypto.createSign('sha256').update('x').sign({ key: ec, dsaEncoding: 'foo' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.dsaEncoding' is invalid. Received 'foo'",
});
assert.throws(() => crypto.createSign('sha256').update('x').sign({ key: rsa, padding: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => crypto.createSign('sha256').update('x').sign(ed), {
  code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION',
});
assert.throws(() => crypto.sign('nope', message, ec), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.sign('sha256', message, crypto.createSecretKey(Buffer.alloc(3))), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
});
assert.throws(() => crypto.sign('sha256', message, ed), { code: 'ERR_OSSL_INVALID_DIGEST' });
assert.throws(() => crypto.verify(null, message, ed, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signature" argument must be an instance of Buffer, TypedArray, or DataView. ' +
           "Received type string ('x')",
});
