'use strict';
// hkdf / hkdfSync against RFC 5869 (SHA-256 and SHA-1 cases), the
// ArrayBuffer result, and node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');
const saltSeq = hex('000102030405060708090a0b0c');
const infoSeq = hex('f0f1f2f3f4f5f6f7f8f9');
const vectors = [
  ['sha256', Buffer.alloc(22, 0x0b), saltSeq, infoSeq, 42,
   '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['sha256', Buffer.alloc(22, 0x0b), '', '', 42,
   '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['sha1', Buffer.alloc(11, 0x0b), saltSeq, infoSeq, 42,
   '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
];
for (const [digest, ikm, salt, info, length, okm] of vectors) {
  const out = crypto.hkdfSync(digest, ikm, salt, info, length);
  assert.ok(out instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(out).toString('hex'), okm);
  crypto.hkdf(digest, ikm, salt, info, length, common.mustSucceed((result) => {
    assert.ok(result instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(result).toString('hex'), okm);
  }));
}
// Strings are UTF-8; an empty key works; a zero length gives an empty result.
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 16)).toString('hex'),
                   '9ca0d662557439e3b83365f2da4626d3');
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', '', '', '', 16)).toString('hex'),
                   'eb70f01dede9afafa449eee1b1286504');
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, 0);
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength, 255 * 32);

assert.throws(() => crypto.hkdfSync('nope', 'k', 's', 'i', 16), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), {
  code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Invalid key length',
});
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 16), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "info" is out of range. It must be must not contain more than ' +
           '1024 bytes. Received 1025',
});
assert.throws(() => crypto.hkdfSync('sha256', 1, 's', 'i', 16), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ikm" argument must be of type string or an instance of SecretKeyObject, ' +
           'ArrayBuffer, TypedArray, DataView, or Buffer. Received type number (1)',
});
assert.throws(() => crypto.hkdf('sha256', 'k', 's', 'i', 16), { code: 'ERR_INVALID_ARG_TYPE' });
