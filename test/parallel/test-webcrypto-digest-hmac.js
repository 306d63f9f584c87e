'use strict';
// crypto.subtle: digest (SHA-1/256/384/512, FIPS 180 vectors) and HMAC
// keys (generateKey, importKey/exportKey raw and jwk, sign/verify with the
// RFC 4231 vectors), CryptoKey, and node's errors for bad arguments.
const common = require('../common');
const assert = require('assert');
const nodeCrypto = require('crypto');

const { subtle } = globalThis.crypto;

assert.strictEqual(nodeCrypto.subtle, subtle);
assert.strictEqual(nodeCrypto.webcrypto.subtle, subtle);
assert.strictEqual(subtle.constructor, SubtleCrypto);
assert.strictEqual(Object.prototype.toString.call(subtle), '[object SubtleCrypto]');
assert.throws(() => new SubtleCrypto(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new CryptoKey(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const notCrypto = Reflect.construct(function() {}, [], Crypto);
assert.throws(() => notCrypto.subtle, { name: 'TypeError', code: 'ERR_INVALID_THIS' });
assert.throws(() => notCrypto.randomUUID(), { name: 'TypeError', code: 'ERR_INVALID_THIS' });

const hex = (ab) => Buffer.from(ab).toString('hex');
const rejects = (promise, expected) => assert.rejects(promise, expected).then(common.mustCall());

(async () => {
  // Digests of "abc" (FIPS 180-4 examples), from every BufferSource type.
  const abc = Buffer.from('abc');
  const digests = {
    'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
    'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
               '8086072ba1e7cc2358baeca134c825a7',
    'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
               '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  };
  for (const [name, want] of Object.entries(digests)) {
    for (const data of [abc, new Uint8Array(abc), abc.buffer.slice(abc.byteOffset, abc.byteOffset + 3),
                        new DataView(new Uint8Array(abc).buffer)]) {
      const result = await subtle.digest(name, data);
      assert.ok(result instanceof ArrayBuffer);
      assert.strictEqual(hex(result), want);
    }
    assert.strictEqual(hex(await subtle.digest({ name: name.toLowerCase() }, abc)), want);
  }
  assert.strictEqual(hex(await subtle.digest('SHA-256', new ArrayBuffer(0))),
                     nodeCrypto.createHash('sha256').digest('hex'));

  await rejects(subtle.digest('MD5', abc), { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await rejects(subtle.digest('SHA-256', 'abc'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of " +
             'ArrayBuffer, Buffer, TypedArray, or DataView.',
  });
  await rejects(subtle.digest('SHA-256'), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only 1 present.",
  });
  await rejects(subtle.digest({}, abc), { name: 'TypeError', code: 'ERR_MISSING_OPTION' });
  await rejects(subtle.digest.call({}, 'SHA-256', abc), { name: 'TypeError', code: 'ERR_INVALID_THIS' });

  // RFC 4231 test case 2 (key "Jefe") for each SHA-2 HMAC.
  const jefe = Buffer.from('Jefe');
  const what = Buffer.from('what do ya want for nothing?');
  const macs = {
    'SHA-256': '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    'SHA-384': 'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e' +
               '8e2240ca5e69e2c78b3239ecfab21649',
    'SHA-512': '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
               '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
  };
  for (const [hash, want] of Object.entries(macs)) {
    const key = await subtle.importKey('raw', jefe, { name: 'HMAC', hash }, true, ['sign', 'verify']);
    assert.ok(key instanceof CryptoKey);
    assert.strictEqual(key.type, 'secret');
    assert.strictEqual(key.extractable, true);
    assert.deepStrictEqual(key.algorithm, { name: 'HMAC', hash: { name: hash }, length: 32 });
    assert.deepStrictEqual(key.usages, ['sign', 'verify']);
    assert.strictEqual(key.algorithm, key.algorithm);
    const sig = await subtle.sign('HMAC', key, what);
    assert.strictEqual(hex(sig), want);
    assert.strictEqual(await subtle.verify('HMAC', key, sig, what), true);
    assert.strictEqual(await subtle.verify({ name: 'hmac' }, key, sig, Buffer.from('x')), false);
    assert.strictEqual(await subtle.verify('HMAC', key, sig.slice(1), what), false);
    assert.strictEqual(hex(await subtle.exportKey('raw', key)), jefe.toString('hex'));
    const jwk = await subtle.exportKey('jwk', key);
    assert.deepStrictEqual(jwk, {
      key_ops: ['sign', 'verify'], ext: true, kty: 'oct', k: 'SmVmZQ',
      alg: `HS${hash.slice(4)}`,
    });
    // A CryptoKey works where node takes a secret key.
    assert.strictEqual(require('util').types.isCryptoKey(key), true);
    assert.strictEqual(require('util').types.isKeyObject(key), false);
    assert.strictEqual(nodeCrypto.createHmac(hash.replace('-', ''), key).update(what).digest('hex'), want);
    const back = await subtle.importKey('jwk', jwk, { name: 'HMAC', hash }, false, ['verify']);
    assert.strictEqual(back.extractable, false);
    assert.strictEqual(await subtle.verify('HMAC', back, sig, what), true);
  }

  // generateKey: default length is the digest's block size.
  for (const [hash, bits] of [['SHA-1', 512], ['SHA-256', 512], ['SHA-384', 1024], ['SHA-512', 1024]]) {
    const key = await subtle.generateKey({ name: 'HMAC', hash }, true, ['sign', 'verify']);
    assert.deepStrictEqual(key.algorithm, { name: 'HMAC', length: bits, hash: { name: hash } });
    assert.strictEqual((await subtle.exportKey('raw', key)).byteLength, bits / 8);
    const data = Buffer.from('generated');
    const sig = await subtle.sign('HMAC', key, data);
    const raw = Buffer.from(await subtle.exportKey('raw', key));
    assert.strictEqual(hex(sig), nodeCrypto.createHmac(hash.replace('-', ''), raw).update(data).digest('hex'));
  }
  {
    const key = await subtle.generateKey({ name: 'hmac', hash: { name: 'sha-1' }, length: 104 }, false,
                                         ['verify', 'sign', 'verify']);
    assert.deepStrictEqual(key.algorithm, { name: 'HMAC', length: 104, hash: { name: 'SHA-1' } });
    assert.deepStrictEqual(key.usages, ['verify', 'sign']);
    assert.match(require('util').inspect(key), /^CryptoKey \{\n {2}type: 'secret',\n {2}extractable: false,/);
    await rejects(subtle.exportKey('raw', key), { name: 'InvalidAccessException', message: 'key is not extractable' });
  }

  const hmac256 = { name: 'HMAC', hash: 'SHA-256' };
  await rejects(subtle.generateKey({ ...hmac256, length: 100 }, true, ['sign']), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'algorithm.length' must be a multiple of 8. Received 100",
  });
  await rejects(subtle.generateKey({ ...hmac256, length: 0 }, true, ['sign']), { name: 'OperationError' });
  await rejects(subtle.generateKey(hmac256, true, []), {
    name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.',
  });
  await rejects(subtle.generateKey(hmac256, true, ['encrypt']), {
    name: 'SyntaxError', message: 'Unsupported key usage for an HMAC key',
  });
  await rejects(subtle.generateKey(hmac256, true, 'sign'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  await rejects(subtle.generateKey({ name: 'HMAC' }, true, ['sign']), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'HmacKeyGenParams' " +
             "because 'hash' is required in 'HmacKeyGenParams'.",
  });
  await rejects(subtle.generateKey({ name: 'HMAC', hash: 'MD5' }, true, ['sign']), { name: 'NotSupportedError' });
  await rejects(subtle.generateKey({ name: 'FOO' }, true, ['sign']), { name: 'NotSupportedError' });

  const raw16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
  await rejects(subtle.importKey('raw', new Uint8Array(0), hmac256, true, ['sign']), {
    name: 'DataError', message: 'Zero-length key is not supported',
  });
  await rejects(subtle.importKey('raw', raw16, { ...hmac256, length: 120 }, true, ['sign']), {
    name: 'DataError', message: 'Invalid key length',
  });
  await rejects(subtle.importKey('raw', raw16, hmac256, true, []), {
    name: 'SyntaxError', message: 'Usages cannot be empty when importing a secret key.',
  });
  await rejects(subtle.importKey('raw', raw16, hmac256, true, ['sign', 'foo']), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "Failed to execute 'importKey' on 'SubtleCrypto': 5th argument, index 1 value 'foo' " +
             'is not a valid enum value of type KeyUsage.',
  });
  await rejects(subtle.importKey('raw', raw16, { name: 'HMAC' }, true, ['sign']), { code: 'ERR_MISSING_OPTION' });
  await rejects(subtle.importKey('spki', raw16, hmac256, true, ['sign']), {
    message: 'Unable to import HMAC key with format spki',
  });
  await rejects(subtle.importKey('jwk', 'x', hmac256, true, ['sign']), { code: 'ERR_INVALID_ARG_TYPE' });
  const jwk = { kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw' };
  assert.deepStrictEqual((await subtle.importKey('jwk', { ...jwk, alg: 'HS256' }, hmac256, true, ['sign'])).algorithm,
                         { name: 'HMAC', hash: { name: 'SHA-256' }, length: 128 });
  for (const [bad, message] of [
    [{ ...jwk, alg: 'HS384' }, 'JWK "alg" does not match the requested algorithm'],
    [{ ...jwk, kty: 'RSA' }, 'Invalid JWK "kty" Parameter'],
    [{ kty: 'oct' }, 'Invalid keyData'],
    [{ ...jwk, ext: false }, 'JWK "ext" Parameter and extractable mismatch'],
    [{ ...jwk, use: 'enc' }, 'Invalid JWK "use" Parameter'],
    [{ ...jwk, key_ops: ['verify'] }, 'Key operations and usage mismatch'],
  ]) {
    await rejects(subtle.importKey('jwk', bad, hmac256, true, ['sign']), { name: 'DataError', message });
  }

  const verifyOnly = await subtle.importKey('raw', raw16, hmac256, true, ['verify']);
  await rejects(subtle.sign('HMAC', verifyOnly, abc), {
    name: 'InvalidAccessError', message: 'Unable to use this key to sign',
  });
  await rejects(subtle.sign('HMAC', {}, abc), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'sign' on 'SubtleCrypto': 2nd argument is not of type CryptoKey.",
  });
  await rejects(subtle.sign('HMAC', verifyOnly, 'x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  await rejects(subtle.verify('HMAC', {}, abc, abc), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  await rejects(subtle.exportKey('foo', verifyOnly), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "Failed to execute 'exportKey' on 'SubtleCrypto': 1st argument value 'foo' is not a " +
             'valid enum value of type KeyFormat.',
  });
  await rejects(subtle.exportKey('spki', verifyOnly), {
    name: 'InvalidAccessError', message: 'Unable to export a raw HMAC secret key',
  });
  await rejects(subtle.exportKey('raw', {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
