'use strict';
// pbkdf2 / pbkdf2Sync against RFC 6070 (HMAC-SHA1) and a SHA-256 answer,
// sync and async, with node's argument errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const vectors = [
  ['password', 'salt', 1, 20, 'sha1', '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'sha1', 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, 'sha1', '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1',
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1', '56fa6aa75548099dcc37d7f03425e0c3'],
  ['password', 'salt', 1, 32, 'sha256',
   '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b'],
];
for (const [password, salt, iterations, keylen, digest, hex] of vectors) {
  const key = crypto.pbkdf2Sync(password, salt, iterations, keylen, digest);
  assert.ok(Buffer.isBuffer(key));
  assert.strictEqual(key.toString('hex'), hex);
  // Buffers, ArrayBuffers and typed arrays are the same bytes.
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from(password), new Uint8Array(Buffer.from(salt)).buffer,
                                       iterations, keylen, digest).toString('hex'), hex);
  crypto.pbkdf2(password, salt, iterations, keylen, digest, common.mustSucceed((k) => {
    assert.strictEqual(k.toString('hex'), hex);
  }));
}
assert.strictEqual(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1').length, 0);
assert.strictEqual(crypto.pbkdf2Sync('p', 's', 1, 8, 'RSA-SHA256').toString('hex'),
                   crypto.pbkdf2Sync('p', 's', 1, 8, 'sha256').toString('hex'));

assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 20, 'nope'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError', message: 'Invalid digest: nope',
});
// An unknown digest throws at once in the async form too.
assert.throws(() => crypto.pbkdf2('p', 's', 1, 20, 'nope', common.mustNotCall()), {
  code: 'ERR_CRYPTO_INVALID_DIGEST',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE', message: /"keylen"/ });
assert.throws(() => crypto.pbkdf2Sync(1, 's', 1, 20, 'sha1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "password" argument must be of type string or an instance of ArrayBuffer, ' +
           'Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 20), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "digest" argument must be of type string. Received undefined',
});
assert.throws(() => crypto.pbkdf2('p', 's', 1, 20, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE', message: /"callback"/ });
