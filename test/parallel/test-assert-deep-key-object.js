'use strict';
// KeyObjects are deep-equal when their keys are equal, whatever else.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const a = crypto.createSecretKey(Buffer.from([1, 2, 3]));
const b = crypto.createSecretKey(Buffer.from([1, 2, 3]));
const c = crypto.createSecretKey(Buffer.from([1, 2, 4]));
assert.deepStrictEqual(a, b);
assert.deepEqual(a, b);
assert.notDeepStrictEqual(a, c);
assert.notDeepEqual(a, c);
assert.throws(() => assert.deepStrictEqual(a, c), assert.AssertionError);
assert.strictEqual(require('util').isDeepStrictEqual({ k: a }, { k: b }),
                   true);

const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const samePublic = crypto.createPublicKey(
  publicKey.export({ format: 'pem', type: 'spki' }));
// Both read asymmetricKeyType, which node caches on the object.
assert.strictEqual(publicKey.asymmetricKeyType, samePublic.asymmetricKeyType);
assert.deepStrictEqual(publicKey, samePublic);
assert.notDeepStrictEqual(publicKey, privateKey);
assert.notDeepStrictEqual(a, { ...a });

// CryptoKeys: equal when algorithm, usages, extractability and key agree.
(async () => {
  const { subtle } = globalThis.crypto;
  const hmac = (bytes, extractable, hash = 'SHA-256') =>
    subtle.importKey('raw', Buffer.from(bytes), { name: 'HMAC', hash },
                     extractable, ['sign']);
  assert.deepStrictEqual(await hmac([1], true), await hmac([1], true));
  assert.notDeepStrictEqual(await hmac([1], true), await hmac([2], true));
  assert.notDeepStrictEqual(await hmac([1], true), await hmac([1], false));
  assert.notDeepStrictEqual(await hmac([1], true),
                            await hmac([1], true, 'SHA-384'));
})().then(require('../common').mustCall());
