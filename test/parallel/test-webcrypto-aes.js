'use strict';
// crypto.subtle AES-GCM, AES-CBC and AES-CTR: NIST vectors (SP 800-38A,
// the GCM spec's test cases 3 and 4), round trips for every key size,
// AES-CTR counter wrap-around, keys as raw and JWK, and node's errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
const unhex = (text) => Buffer.from(text, 'hex');

async function importAes(name, keyHex, usages = ['encrypt', 'decrypt']) {
  return subtle.importKey('raw', unhex(keyHex), name, true, usages);
}

(async () => {
  const key128 = '2b7e151628aed2a6abf7158809cf4f3c';
  const block1 = '6bc1bee22e409f96e93d7e117393172a';
  const block2 = 'ae2d8a571e03ac9c9eb76fac45af8e51';

  // AES-CBC, SP 800-38A F.2.1 (the first block; PKCS#7 padding follows).
  {
    const key = await importAes('AES-CBC', key128);
    const iv = unhex('000102030405060708090a0b0c0d0e0f');
    const out = await subtle.encrypt({ name: 'AES-CBC', iv }, key, unhex(block1));
    assert.strictEqual(out.byteLength, 32);
    assert.strictEqual(hex(out).slice(0, 32), '7649abac8119b246cee98e9b12e9197d');
    const back = await subtle.decrypt({ name: 'AES-CBC', iv }, key, out);
    assert.strictEqual(hex(back), block1);
    // A wrong IV size, bad padding.
    await assert.rejects(subtle.encrypt({ name: 'AES-CBC', iv: iv.subarray(1) }, key, unhex(block1)),
                         { name: 'OperationError' });
    await assert.rejects(subtle.decrypt({ name: 'AES-CBC', iv }, key, out.slice(0, 16)),
                         { name: 'OperationError', message: 'The operation failed for an operation-specific reason' });
  }

  // AES-CTR, SP 800-38A F.5.1; with a short counter the low bits wrap.
  {
    const key = await importAes('AES-CTR', key128);
    const counter = unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
    const plain = unhex(block1 + block2);
    const out = await subtle.encrypt({ name: 'AES-CTR', counter, length: 128 }, key, plain);
    assert.strictEqual(hex(out), '874d6191b620e3261bef6864990db6ce' +
                                 '9806f66b7970fdff8617187bb9fffdff');
    assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-CTR', counter, length: 64 }, key, out)),
                       hex(plain));
    // length 8: after ...feff comes ...fe00 (not ...ff00).
    const wrapped = await subtle.encrypt({ name: 'AES-CTR', counter, length: 8 }, key, plain);
    const second = crypto.createCipheriv('aes-128-ctr', unhex(key128),
                                         unhex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfe00'));
    assert.strictEqual(hex(wrapped).slice(0, 32), hex(out).slice(0, 32));
    assert.strictEqual(hex(wrapped).slice(32), hex(second.update(unhex(block2))));
    assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-CTR', counter, length: 8 }, key, wrapped)),
                       hex(plain));
    await assert.rejects(subtle.encrypt({ name: 'AES-CTR', counter, length: 0 }, key, plain),
                         { name: 'OperationError', message: 'AES-CTR algorithm.length must be between 1 and 128' });
    await assert.rejects(subtle.encrypt({ name: 'AES-CTR', counter, length: 129 }, key, plain),
                         { name: 'OperationError', message: 'AES-CTR algorithm.length must be between 1 and 128' });
    await assert.rejects(subtle.encrypt({ name: 'AES-CTR', counter }, key, plain),
                         { name: 'TypeError', code: 'ERR_MISSING_OPTION' });
  }

  // AES-GCM, the GCM spec's test cases 3 and 4.
  {
    const key = await importAes('AES-GCM', 'feffe9928665731c6d6a8f9467308308');
    const iv = unhex('cafebabefacedbaddecaf888');
    const plain = unhex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
                        '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
    const cipher = '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
                   '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985';
    const out = await subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
    assert.strictEqual(hex(out), cipher + '4d5c2af327cd64a62cf35abd2ba6fab4');
    assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-GCM', iv }, key, out)), hex(plain));

    const additionalData = unhex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
    const short = plain.subarray(0, 60);
    const out4 = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, short);
    assert.strictEqual(hex(out4), cipher.slice(0, 120) + '5bc94fbc3221a5db94fae95ae7121a47');
    // A 96-bit tag is the first 12 bytes of the full one.
    const out96 = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 96 }, key, short);
    assert.strictEqual(hex(out96), cipher.slice(0, 120) + '5bc94fbc3221a5db94fae95a');
    assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData, tagLength: 96 },
                                                key, out96)), hex(short));

    // Tampering fails authentication.
    const bad = Buffer.from(new Uint8Array(out4));
    bad[0] ^= 1;
    await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, bad),
                         { name: 'OperationError', message: 'The operation failed for an operation-specific reason' });
    await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv }, key, out4),
                         { name: 'OperationError' });
    await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(15)),
                         { name: 'OperationError', message: 'The provided data is too small.' });
    await assert.rejects(subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 33 }, key, short),
                         { name: 'OperationError', message: '33 is not a valid AES-GCM tag length' });
    await assert.rejects(subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 256 }, key, short),
                         { name: 'TypeError', code: 'ERR_OUT_OF_RANGE' });
    await assert.rejects(subtle.encrypt({ name: 'AES-GCM', iv: 'x' }, key, short), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: "Failed to normalize algorithm: 'iv' of 'AesGcmParams' (passed algorithm) is not " +
               'instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
    });
    await assert.rejects(subtle.encrypt({ name: 'AES-GCM' }, key, short), {
      name: 'TypeError',
      code: 'ERR_MISSING_OPTION',
      message: "Failed to normalize algorithm: passed algorithm can not be converted to 'AesGcmParams' " +
               "because 'iv' is required in 'AesGcmParams'.",
    });
  }

  // Round trips for every mode and size with generated keys; the data is
  // copied when the call is made.
  for (const name of ['AES-GCM', 'AES-CBC', 'AES-CTR']) {
    for (const length of [128, 192, 256]) {
      const key = await subtle.generateKey({ name, length }, true, ['encrypt', 'decrypt']);
      assert.deepStrictEqual(key.algorithm, { name, length });
      assert.deepStrictEqual(key.usages, ['encrypt', 'decrypt']);
      assert.strictEqual((await subtle.exportKey('raw', key)).byteLength, length / 8);
      const params = name === 'AES-CTR' ?
        { name, counter: crypto.getRandomValues(new Uint8Array(16)), length: 64 } :
        { name, iv: crypto.getRandomValues(new Uint8Array(name === 'AES-GCM' ? 12 : 16)) };
      const data = crypto.randomBytes(1000);
      const expected = hex(data);
      const promise = subtle.encrypt(params, key, data);
      data.fill(0);
      const out = await promise;
      assert.strictEqual(hex(await subtle.decrypt(params, key, out)), expected);
    }
  }

  // Keys as JWK, with node's field order.
  {
    const key = await subtle.generateKey({ name: 'AES-CBC', length: 192 }, true, ['decrypt', 'encrypt']);
    const jwk = await subtle.exportKey('jwk', key);
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'k', 'alg']);
    assert.strictEqual(jwk.alg, 'A192CBC');
    assert.deepStrictEqual(jwk.key_ops, ['decrypt', 'encrypt']);
    const back = await subtle.importKey('jwk', jwk, 'AES-CBC', false, ['encrypt']);
    assert.strictEqual(back.algorithm.length, 192);
    assert.strictEqual(back.extractable, false);
    await assert.rejects(subtle.importKey('jwk', jwk, 'AES-GCM', false, ['encrypt']),
                         { name: 'DataError', message: 'JWK "alg" does not match the requested algorithm' });
    await assert.rejects(subtle.importKey('jwk', { ...jwk, use: 'sig' }, 'AES-CBC', false, ['encrypt']),
                         { name: 'DataError', message: 'Invalid JWK "use" Parameter' });
    await assert.rejects(subtle.importKey('jwk', { ...jwk, kty: 'RSA' }, 'AES-CBC', false, ['encrypt']),
                         { name: 'DataError', message: 'Invalid JWK "kty" Parameter' });
    await assert.rejects(subtle.importKey('jwk', { ...jwk, ext: false }, 'AES-CBC', true, ['encrypt']),
                         { name: 'DataError', message: 'JWK "ext" Parameter and extractable mismatch' });
    await assert.rejects(subtle.importKey('jwk', { ...jwk, key_ops: ['decrypt'] }, 'AES-CBC', true, ['encrypt']),
                         { name: 'DataError', message: 'Key operations and usage mismatch' });
    await assert.rejects(subtle.exportKey('jwk', back),
                         { name: 'InvalidAccessException', message: 'key is not extractable' });
    await assert.rejects(subtle.exportKey('spki', key),
                         { name: 'InvalidAccessError', message: 'Unable to export a raw AES-CBC secret key' });
  }

  // Key errors.
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']),
                       { name: 'OperationError', message: 'AES key length must be 128, 192, or 256 bits' });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']),
                       { name: 'TypeError', code: 'ERR_MISSING_OPTION' });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for an AES key' });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.' });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', true, ['encrypt']),
                       { name: 'DataError', message: 'Invalid key length' });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when importing a secret key.' });
  await assert.rejects(subtle.importKey('pkcs8', new Uint8Array(16), 'AES-GCM', true, ['encrypt']),
                       { name: 'NotSupportedError', message: 'Unable to import AES key with format pkcs8' });
  const gcm = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);
  await assert.rejects(subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, gcm, new Uint8Array(1)), {
    name: 'InvalidAccessError',
    message: 'The requested operation is not valid for the provided key',
  });
  await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, gcm, new Uint8Array(32)),
                       { name: 'InvalidAccessError' });
  await assert.rejects(subtle.encrypt({ name: 'AES-KW' }, gcm, new Uint8Array(16)),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
})().then(common.mustCall());
