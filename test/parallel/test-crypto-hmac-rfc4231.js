'use strict';
// createHmac against the RFC 4231 test cases (SHA-224/256/384/512), plus
// keys given as strings, ArrayBuffers and typed arrays, an empty key, and
// node's errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const cases = [
  { key: Buffer.alloc(20, 0x0b), data: Buffer.from('Hi There'), hmac: {
    sha224: '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha384: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c' +
            'faea9ea9076ede7f4af152e8b2fa9cb6',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
            'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
  } },
  { key: Buffer.from('Jefe'), data: Buffer.from('what do ya want for nothing?'), hmac: {
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
            '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
  } },
  { key: Buffer.alloc(20, 0xaa), data: Buffer.alloc(50, 0xdd), hmac: {
    sha256: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
  } },
  { key: Buffer.alloc(131, 0xaa),
    data: Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First'), hmac: {
      sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
      sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352' +
              '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
    } },
];
for (const { key, data, hmac } of cases) {
  for (const [digest, hex] of Object.entries(hmac)) {
    assert.strictEqual(crypto.createHmac(digest, key).update(data).digest('hex'), hex);
    const ab = key.buffer.slice(key.byteOffset, key.byteOffset + key.length);
    assert.strictEqual(crypto.createHmac(digest, ab).update(data).digest('hex'), hex);
    assert.strictEqual(crypto.createHmac(digest, new Uint8Array(key))
      .update(data.subarray(0, 3)).update(data.subarray(3)).digest('hex'), hex);
  }
}
// Truncation case (5): the first 128 bits.
assert.strictEqual(
  crypto.createHmac('sha256', Buffer.alloc(20, 0x0c)).update('Test With Truncation')
    .digest('hex').slice(0, 32),
  'a3b6167473100ee06e0c796c2955552b');

// A string key is UTF-8 unless options.encoding says otherwise.
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
                   cases[1].hmac.sha256);
assert.strictEqual(crypto.createHmac('sha256', '4a656665', { encoding: 'hex' })
  .update('what do ya want for nothing?').digest('hex'), cases[1].hmac.sha256);
// The empty key.
assert.strictEqual(crypto.createHmac('sha1', '').digest('hex'),
                   'fbdb1d1b18aa6c08324b7d64b71fb76370690e1d');

// digest() twice gives an empty result; update() after it throws.
const h = crypto.createHmac('sha1', 'k');
h.digest();
assert.strictEqual(h.digest('hex'), '');
assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });

assert.throws(() => crypto.createHmac('nope', 'k'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.createHmac(1, 'k'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac('sha1', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, ' +
           'Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
});
assert.throws(() => crypto.createHmac('sha1', 'k').update(null), { code: 'ERR_INVALID_ARG_TYPE' });
