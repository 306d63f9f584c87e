'use strict';
// CryptoKey as node has it (getters, util.inspect, usages kept as given on
// import and without repeats on generation), KeyObject.from and CryptoKeys
// taken by the node:crypto functions, crypto.secureHeapUsed(), and the
// WebIDL argument errors shared by every SubtleCrypto method.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const util = require('util');

const { subtle } = globalThis.crypto;

assert.deepStrictEqual(crypto.secureHeapUsed(), { total: 0, used: 0, utilization: 0, min: 0 });
assert.deepStrictEqual(Object.getOwnPropertyNames(SubtleCrypto.prototype), [
  'constructor', 'encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(CryptoKey.prototype),
                       ['constructor', 'type', 'extractable', 'algorithm', 'usages']);

(async () => {
  const key = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'sign', 'verify']);
  assert.deepStrictEqual(key.usages, ['sign', 'verify']);
  assert.strictEqual(key.usages, key.usages);
  assert.strictEqual(key.algorithm, key.algorithm);
  assert.deepStrictEqual(Object.keys(key), []);
  assert.strictEqual(Object.prototype.toString.call(key), '[object CryptoKey]');
  assert.strictEqual(util.inspect(key),
                     "CryptoKey {\n  type: 'secret',\n  extractable: true,\n" +
                     "  algorithm: { name: 'HMAC', length: 512, hash: [Object] },\n" +
                     "  usages: [ 'sign', 'verify' ]\n}");
  assert.strictEqual(util.inspect(key, { depth: 0 }), 'CryptoKey [Object]');
  assert.strictEqual(util.inspect([key], { depth: 0 }), '[ CryptoKey {} ]');
  assert.throws(() => Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').get.call({}), {
    name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CryptoKey',
  });

  // importKey keeps the usages as given, and HMAC's algorithm lists `hash`
  // before `length`.
  const imported = await subtle.importKey('raw', new Uint8Array(4), { name: 'HMAC', hash: 'SHA-1' }, true,
                                          ['verify', 'sign', 'verify']);
  assert.deepStrictEqual(imported.usages, ['verify', 'sign', 'verify']);
  assert.deepStrictEqual(Object.keys(imported.algorithm), ['name', 'hash', 'length']);
  assert.deepStrictEqual(await subtle.exportKey('jwk', imported), {
    key_ops: ['verify', 'sign', 'verify'], ext: true, kty: 'oct', k: 'AAAAAA', alg: 'HS1',
  });

  // KeyObject.from and CryptoKeys in node:crypto.
  const pair = await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const privateKeyObject = crypto.KeyObject.from(pair.privateKey);
  assert.strictEqual(privateKeyObject.type, 'private');
  assert.strictEqual(privateKeyObject.asymmetricKeyType, 'ed25519');
  assert.strictEqual(crypto.KeyObject.from(pair.privateKey), privateKeyObject);
  assert.strictEqual(crypto.KeyObject.from(key).symmetricKeySize, 64);
  assert.throws(() => crypto.KeyObject.from('x'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of CryptoKey. Received type string (\'x\')',
  });
  const data = Buffer.from('data');
  const signature = crypto.sign(null, data, pair.privateKey);
  assert.strictEqual(crypto.verify(null, data, pair.publicKey, signature), true);
  assert.strictEqual(await subtle.verify('Ed25519', pair.publicKey, signature, data), true);
  assert.strictEqual(crypto.createPublicKey(pair.privateKey).type, 'public');
  assert.throws(() => crypto.createPublicKey(pair.publicKey), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => crypto.createPublicKey(crypto.KeyObject.from(pair.publicKey)), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => crypto.sign(null, data, pair.publicKey), {
    code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
  });
  assert.strictEqual(crypto.createHmac('sha256', key).update(data).digest('hex'),
                     Buffer.from(await subtle.sign('HMAC', key, data)).toString('hex'));

  // WebIDL argument errors.
  await assert.rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'generateKey' on 'SubtleCrypto': 3 arguments required, but only 2 present.",
  });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, 'encrypt'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'importKey' on 'SubtleCrypto': 5th argument can not be converted to sequence.",
  });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['foo']), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "Failed to execute 'importKey' on 'SubtleCrypto': 5th argument, index 0 value 'foo' is not a " +
             'valid enum value of type KeyUsage.',
  });
  await assert.rejects(subtle.importKey('raw', 'abc', 'AES-GCM', true, []), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, " +
             'Buffer, TypedArray, or DataView.',
  });
  await assert.rejects(subtle.importKey('jwk', 'abc', 'AES-GCM', true, []), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument can not be converted to a dictionary",
  });
  await assert.rejects(subtle.importKey('jwk', null, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
                       { name: 'DataError', message: 'Invalid keyData' });
  await assert.rejects(subtle.exportKey('foo', key), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "Failed to execute 'exportKey' on 'SubtleCrypto': 1st argument value 'foo' is not a valid enum " +
             'value of type KeyFormat.',
  });
  await assert.rejects(subtle.encrypt({ name: 'AES-GCM' }, null, new Uint8Array(1)), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'encrypt' on 'SubtleCrypto': 2nd argument is not of type CryptoKey.",
  });
  await assert.rejects(subtle.generateKey({}, true, []), {
    name: 'TypeError',
    code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' because " +
             "'name' is required in 'Algorithm'.",
  });
  await assert.rejects(subtle.generateKey(null, true, []),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 1e6 }, true, ['encrypt']), {
    name: 'TypeError',
    code: 'ERR_OUT_OF_RANGE',
    message: "Failed to normalize algorithm: 'length' of 'AesKeyGenParams' (passed algorithm) is outside the " +
             'expected range of 0 to 65535.',
  });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 'x' }, true, ['encrypt']), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'length' of 'AesKeyGenParams' (passed algorithm) is not a finite " +
             'number.',
  });
  await assert.rejects(subtle.sign.call({}, 'HMAC', key, data),
                       { name: 'TypeError', code: 'ERR_INVALID_THIS' });
  // Algorithm names are matched without regard to case.
  assert.strictEqual((await subtle.generateKey({ name: 'aes-gcm', length: 128 }, true, ['encrypt']))
    .algorithm.name, 'AES-GCM');
})().then(common.mustCall());
