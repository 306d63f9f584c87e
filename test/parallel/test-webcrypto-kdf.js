'use strict';
// crypto.subtle PBKDF2 and HKDF: the RFC 6070 and RFC 5869 vectors through
// deriveBits, deriveKey into AES and HMAC keys, the base keys' rules, and
// node's errors.
const common = require('../common');
const assert = require('assert');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
const unhex = (text) => Buffer.from(text, 'hex');

(async () => {
  // PBKDF2-HMAC-SHA1, RFC 6070.
  const password = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false,
                                          ['deriveBits', 'deriveKey']);
  assert.deepStrictEqual(password.algorithm, { name: 'PBKDF2' });
  assert.strictEqual(password.type, 'secret');
  const salt = Buffer.from('salt');
  for (const [iterations, expected] of [[1, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
                                        [2, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
                                        [4096, '4b007901b765489abead49d926f721d065a429c1']]) {
    const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt, iterations }, password, 160);
    assert.strictEqual(hex(bits), expected);
  }
  {
    const long = await subtle.importKey('raw', Buffer.from('passwordPASSWORDpassword'), 'PBKDF2', false,
                                        ['deriveBits']);
    const bits = await subtle.deriveBits({
      name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('saltSALTsaltSALTsaltSALTsaltSALTsalt'), iterations: 4096,
    }, long, 200);
    assert.strictEqual(hex(bits), '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038');
  }

  // HKDF-SHA256, RFC 5869 test case 1.
  const ikm = await subtle.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const hkdf = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: unhex('000102030405060708090a0b0c'),
    info: unhex('f0f1f2f3f4f5f6f7f8f9'),
  };
  assert.strictEqual(hex(await subtle.deriveBits(hkdf, ikm, 336)),
                     '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
  assert.strictEqual((await subtle.deriveBits(hkdf, ikm, 0)).byteLength, 0);

  // deriveKey: the key is the first bits.
  {
    const aes = await subtle.deriveKey(hkdf, ikm, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
    assert.deepStrictEqual(aes.algorithm, { name: 'AES-GCM', length: 128 });
    assert.strictEqual(hex(await subtle.exportKey('raw', aes)), '3cb25f25faacd57a90434f64d0362f2a');
    const mac = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-1', salt, iterations: 1 }, password,
                                       { name: 'HMAC', hash: 'SHA-1', length: 160 }, true, ['sign']);
    assert.strictEqual(hex(await subtle.exportKey('raw', mac)), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
    // HMAC without a length takes the hash's block size.
    const block = await subtle.deriveKey(hkdf, ikm, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    assert.strictEqual(block.algorithm.length, 512);
    await assert.rejects(subtle.deriveKey(hkdf, ikm, { name: 'AES-GCM', length: 100 }, true, ['encrypt']),
                         { name: 'OperationError', message: 'Invalid key length' });
    await assert.rejects(subtle.deriveKey(hkdf, ikm, 'HKDF', false, ['deriveBits']),
                         { name: 'OperationError', message: 'length cannot be null' });
    await assert.rejects(subtle.deriveKey(hkdf, ikm, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']),
                         { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  }

  // Base keys: raw only, never extractable, derive usages only.
  await assert.rejects(subtle.importKey('raw', Buffer.from('x'), 'PBKDF2', true, ['deriveKey']),
                       { name: 'SyntaxError', message: 'PBKDF2 keys are not extractable' });
  await assert.rejects(subtle.importKey('raw', Buffer.from('x'), 'HKDF', false, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for a HKDF key' });
  await assert.rejects(subtle.importKey('jwk', { kty: 'oct', k: 'AA' }, 'PBKDF2', false, ['deriveKey']),
                       { name: 'NotSupportedError', message: 'Unable to import PBKDF2 key with format jwk' });
  await assert.rejects(subtle.importKey('raw', Buffer.from('x'), 'HKDF', false, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when importing a secret key.' });
  await assert.rejects(subtle.generateKey('PBKDF2', false, ['deriveKey']),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await assert.rejects(subtle.exportKey('raw', password),
                       { name: 'InvalidAccessException', message: 'key is not extractable' });

  // deriveBits errors.
  const pbkdf2 = { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1 };
  await assert.rejects(subtle.deriveBits({ ...pbkdf2, iterations: 0 }, password, 8),
                       { name: 'OperationError', message: 'iterations cannot be zero' });
  await assert.rejects(subtle.deriveBits(pbkdf2, password, 7),
                       { name: 'OperationError', message: 'length must be a multiple of 8' });
  await assert.rejects(subtle.deriveBits(pbkdf2, password),
                       { name: 'OperationError', message: 'length cannot be null' });
  await assert.rejects(subtle.deriveBits(hkdf, ikm, 255 * 256 + 8), { name: 'OperationError' });
  await assert.rejects(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt }, password, 8), {
    name: 'TypeError',
    code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'Pbkdf2Params' " +
             "because 'iterations' is required in 'Pbkdf2Params'.",
  });
  await assert.rejects(subtle.deriveBits({ ...hkdf, info: undefined }, ikm, 8), {
    name: 'TypeError',
    code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'HkdfParams' " +
             "because 'info' is required in 'HkdfParams'.",
  });
  await assert.rejects(subtle.deriveBits(hkdf, password, 8),
                       { name: 'InvalidAccessError', message: 'Key algorithm mismatch' });
  const bitsOnly = await subtle.importKey('raw', Buffer.from('x'), 'HKDF', false, ['deriveBits']);
  await assert.rejects(subtle.deriveKey(hkdf, bitsOnly, { name: 'AES-GCM', length: 128 }, true, ['encrypt']),
                       { name: 'InvalidAccessError', message: 'baseKey does not have deriveKey usage' });
  await assert.rejects(subtle.deriveBits(hkdf, bitsOnly), {
    name: 'OperationError', message: 'length cannot be null',
  });
  await assert.rejects(subtle.deriveBits(hkdf), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'deriveBits' on 'SubtleCrypto': 2 arguments required, but only 1 present.",
  });
})().then(common.mustCall());
