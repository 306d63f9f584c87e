'use strict';
// node's errors for cipher names, keys, IVs, tag lengths, AEAD state and
// calls after final; getCipherInfo/getCiphers; timingSafeEqual.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const k16 = Buffer.alloc(16, 1);
const k32 = Buffer.alloc(32, 2);
const iv16 = Buffer.alloc(16, 3);
const iv12 = Buffer.alloc(12, 4);

assert.throws(() => crypto.createCipheriv('aes-128-xxx', k16, iv16), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
for (const [name, iv] of [['aes-128-cbc', Buffer.alloc(15)], ['aes-128-cbc', null],
                          ['aes-128-ecb', Buffer.alloc(16)], ['aes-128-gcm', Buffer.alloc(0)],
                          ['aes-128-ccm', Buffer.alloc(14)], ['chacha20-poly1305', Buffer.alloc(13)]]) {
  assert.throws(() => crypto.createCipheriv(name, name.startsWith('chacha') ? k32 : k16, iv,
                                            { authTagLength: 16 }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector',
  }, name);
}
// ECB takes no IV, or an empty one; GCM takes any non-empty IV.
assert.strictEqual(crypto.createCipheriv('aes-128-ecb', k16, Buffer.alloc(0)).final('hex'),
                   crypto.createCipheriv('aes-128-ecb', k16, null).final('hex'));
assert.strictEqual(crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(1)).final().length, 0);

assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 3 }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
});
assert.throws(() => crypto.createCipheriv('aes-128-ccm', k16, iv12), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm',
});
assert.throws(() => crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 5 }), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 5',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => crypto.createCipheriv(1, k16, iv16), { code: 'ERR_INVALID_ARG_TYPE', message: /"cipher"/ });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 1, iv16), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
           'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
           'TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).update(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: /"data" argument/,
});

// AEAD state.
const gcm = crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 4 });
assert.throws(() => gcm.getAuthTag(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
});
gcm.final();
assert.strictEqual(gcm.getAuthTag().length, 4);
assert.throws(() => gcm.setAAD(Buffer.alloc(1)), { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.strictEqual(crypto.createCipheriv('aes-128-cbc', k16, iv16).setAuthTag, undefined);
assert.strictEqual(crypto.createDecipheriv('aes-128-cbc', k16, iv16).getAuthTag, undefined);
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).getAuthTag(), {
  code: 'ERR_CRYPTO_INVALID_STATE',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(1)), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD',
});
assert.throws(() => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(3)), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
});
const twice = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
twice.setAuthTag(Buffer.alloc(16));
assert.throws(() => twice.setAuthTag(Buffer.alloc(16)), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag',
});
const noTag = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
noTag.update('00', 'hex');
assert.throws(() => noTag.final(), { message: 'Unsupported state or unable to authenticate data' });
assert.throws(() => crypto.createCipheriv('aes-128-ccm', k16, iv12, { authTagLength: 16 })
  .setAAD(Buffer.from('a')), {
  code: 'ERR_MISSING_ARGS', message: 'options.plaintextLength required for CCM mode with AAD',
});

// After final.
const done = crypto.createCipheriv('aes-128-cbc', k16, iv16);
done.final();
assert.throws(() => done.final(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state' });
assert.throws(() => done.update('a'), { message: 'Trying to add data in unsupported state' });
assert.throws(() => done.setAutoPadding(false), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAutoPadding',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, iv16).update('x', 'utf8', 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
});

// getCiphers / getCipherInfo.
const ciphers = crypto.getCiphers();
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'chacha20-poly1305', 'id-aes128-GCM']) {
  assert.ok(ciphers.includes(name), name);
}
assert.ok(!ciphers.includes('AES-128-CBC'));
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-cbc'), {
  mode: 'cbc', name: 'aes-256-cbc', nid: 427, blockSize: 16, ivLength: 16, keyLength: 32,
});
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 7 }), {
  mode: 'gcm', name: 'id-aes128-gcm', nid: 895, blockSize: 1, ivLength: 7, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo('chacha20-poly1305'), {
  mode: 'stream', name: 'chacha20-poly1305', nid: 1018, ivLength: 12, keyLength: 32,
});
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 7 }), undefined);
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.strictEqual(crypto.getCipherInfo(427).name, 'aes-256-cbc');

// timingSafeEqual.
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), Buffer.from([1, 0])), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual(1, Buffer.from('a')), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});
