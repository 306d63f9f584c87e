'use strict';
// Key encoding edge cases: encrypted traditional PEM (pkcs1, sec1) and
// pkcs8 with an empty passphrase, empty and mismatched key input errors,
// and RSA-PSS keys whose RSASSA-PSS-params sequence is empty (defaults).
require('../common');
const assert = require('assert');
const crypto = require('crypto');

// An empty passphrase encrypts; reading needs it (an empty one) again.
for (const [kind, type] of [['rsa', 'pkcs1'], ['rsa', 'pkcs8'], ['ec', 'sec1']]) {
  const { privateKey } = crypto.generateKeyPairSync(kind, {
    modulusLength: 1024,
    namedCurve: 'P-256',
    privateKeyEncoding: { type, format: 'pem', cipher: 'aes-128-cbc', passphrase: '' },
  });
  assert.match(privateKey, type === 'pkcs8' ? /^-----BEGIN ENCRYPTED PRIVATE KEY-----/ :
    /^-----BEGIN (RSA|EC) PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,/);
  for (const passphrase of ['', Buffer.alloc(0), new Uint8Array(0)]) {
    const key = crypto.createPrivateKey({ key: privateKey, passphrase });
    assert.strictEqual(key.asymmetricKeyType, kind);
  }
  assert.throws(() => crypto.createPrivateKey(privateKey), {
    code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
    message: 'error:07880109:common libcrypto routines::interrupted or cancelled',
  });
  assert.throws(() => crypto.createPrivateKey({ key: privateKey, passphrase: 'x' }),
                { library: /routines/ });
}

// A key object exports with an empty passphrase as well.
{
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc',
                                  passphrase: Buffer.alloc(0) });
  assert.match(pem, /DEK-Info: AES-256-CBC,/);
  const back = crypto.createPrivateKey({ key: pem, passphrase: '' });
  assert.ok(back.equals(privateKey));
}

// Empty input and a public pkcs1 key read as a private one: OpenSSL's
// decoder error, not a generic one.
assert.throws(() => crypto.createPrivateKey({ key: '' }), {
  message: 'error:1E08010C:DECODER routines::unsupported',
});
assert.throws(() => crypto.createPrivateKey({ key: Buffer.alloc(0) }), {
  message: 'error:1E08010C:DECODER routines::unsupported',
});
assert.throws(() => crypto.createPublicKey({ key: '' }), {
  library: 'DECODER routines',
});
{
  const { publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const der = publicKey.export({ format: 'der', type: 'pkcs1' });
  assert.throws(() => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }), {
    message: /error:1E08010C:DECODER routines::unsupported/,
    library: 'DECODER routines',
  });
}

// RSA-PSS: no params means no restrictions; an empty params sequence
// means the defaults (sha1, mgf1 sha1, salt 20).
{
  const { publicKey } = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails,
                         { modulusLength: 2048, publicExponent: 65537n });
  const der = publicKey.export({ format: 'der', type: 'spki' });
  // SEQUENCE { SEQUENCE { OID rsassaPss }, BIT STRING } with a two-byte
  // length; add an empty SEQUENCE after the OID.
  assert.strictEqual(der[0], 0x30);
  assert.strictEqual(der[1], 0x82);
  assert.deepStrictEqual([...der.subarray(4, 6)], [0x30, 0x0b]);
  const length = der.readUInt16BE(2) + 2;
  const head = Buffer.from([0x30, 0x82, length >> 8, length & 0xff, 0x30, 0x0d]);
  const withParams = Buffer.concat([head, der.subarray(6, 17), Buffer.from([0x30, 0x00]),
                                    der.subarray(17)]);
  const key = crypto.createPublicKey({ key: withParams, format: 'der', type: 'spki' });
  assert.strictEqual(key.asymmetricKeyType, 'rsa-pss');
  assert.deepStrictEqual(key.asymmetricKeyDetails, {
    modulusLength: 2048,
    publicExponent: 65537n,
    hashAlgorithm: 'sha1',
    mgf1HashAlgorithm: 'sha1',
    saltLength: 20,
  });
  // Explicit params stay as given.
  const { privateKey } = crypto.generateKeyPairSync('rsa-pss', {
    modulusLength: 1024, hashAlgorithm: 'sha256', saltLength: 8,
  });
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails, {
    modulusLength: 1024,
    publicExponent: 65537n,
    hashAlgorithm: 'sha256',
    mgf1HashAlgorithm: 'sha256',
    saltLength: 8,
  });
}
