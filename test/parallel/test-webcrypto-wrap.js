'use strict';
// crypto.subtle wrapKey/unwrapKey: AES-KW (the RFC 3394 vector), AES-GCM
// and RSA-OAEP wrapping keys, in the raw, JWK, SPKI and PKCS#8 formats, and
// node's errors.
const common = require('../common');
const assert = require('assert');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
const unhex = (text) => Buffer.from(text, 'hex');

(async () => {
  // RFC 3394 section 4.1: a 128-bit key wrapped with a 128-bit KEK.
  const kek = await subtle.importKey('raw', unhex('000102030405060708090a0b0c0d0e0f'), 'AES-KW', true,
                                     ['wrapKey', 'unwrapKey']);
  assert.deepStrictEqual(kek.algorithm, { name: 'AES-KW', length: 128 });
  assert.strictEqual((await subtle.exportKey('jwk', kek)).alg, 'A128KW');
  const keyData = unhex('00112233445566778899aabbccddeeff');
  const key = await subtle.importKey('raw', keyData, 'AES-CBC', true, ['encrypt']);
  const wrapped = await subtle.wrapKey('raw', key, kek, 'AES-KW');
  assert.strictEqual(hex(wrapped), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', false, ['decrypt']);
  assert.deepStrictEqual(unwrapped.algorithm, { name: 'AES-CBC', length: 128 });
  assert.strictEqual(unwrapped.extractable, false);
  assert.deepStrictEqual(unwrapped.usages, ['decrypt']);
  const tampered = Buffer.from(new Uint8Array(wrapped));
  tampered[3] ^= 1;
  await assert.rejects(subtle.unwrapKey('raw', tampered, kek, 'AES-KW', 'AES-CBC', true, ['decrypt']),
                       { name: 'OperationError' });

  // JWK through AES-KW (padded to 8 bytes) and AES-GCM.
  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-384' }, true, ['sign', 'verify']);
  const jwk = await subtle.exportKey('jwk', hmac);
  const jwkWrapped = await subtle.wrapKey('jwk', hmac, kek, 'AES-KW');
  assert.strictEqual(jwkWrapped.byteLength % 8, 0);
  const back = await subtle.unwrapKey('jwk', jwkWrapped, kek, 'AES-KW', { name: 'HMAC', hash: 'SHA-384' },
                                      true, ['sign']);
  assert.deepStrictEqual(await subtle.exportKey('jwk', back), { ...jwk, key_ops: ['sign'] });

  const gcm = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['wrapKey', 'unwrapKey']);
  const iv = new Uint8Array(12);
  const gcmWrapped = await subtle.wrapKey('jwk', hmac, gcm, { name: 'AES-GCM', iv });
  // No padding outside AES-KW: JSON plus the 16-byte tag.
  assert.strictEqual(gcmWrapped.byteLength, JSON.stringify(jwk).length + 16);
  const fromGcm = await subtle.unwrapKey('jwk', gcmWrapped, gcm, { name: 'AES-GCM', iv },
                                         { name: 'HMAC', hash: 'SHA-384' }, true, ['verify']);
  assert.strictEqual(hex(await subtle.exportKey('raw', fromGcm)), hex(await subtle.exportKey('raw', hmac)));
  // Bytes that are not a JWK.
  {
    const both = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt', 'unwrapKey']);
    const notJson = await subtle.encrypt({ name: 'AES-GCM', iv }, both, Buffer.from('{not json'));
    await assert.rejects(subtle.unwrapKey('jwk', notJson, both, { name: 'AES-GCM', iv },
                                          { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']),
                         { name: 'DataError', message: 'Invalid wrapped JWK key' });
  }

  // An EC public key (raw) under RSA-OAEP, its private key (PKCS#8, not a
  // multiple of 8 bytes: AES-KW refuses it) under AES-GCM.
  const rsa = await subtle.generateKey({
    name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256',
  }, false, ['wrapKey', 'unwrapKey']);
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const ecWrapped = await subtle.wrapKey('raw', ec.publicKey, rsa.publicKey, 'RSA-OAEP');
  const ecBack = await subtle.unwrapKey('raw', ecWrapped, rsa.privateKey, 'RSA-OAEP',
                                        { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  assert.strictEqual(hex(await subtle.exportKey('raw', ecBack)), hex(await subtle.exportKey('raw', ec.publicKey)));
  await assert.rejects(subtle.wrapKey('pkcs8', ec.privateKey, kek, 'AES-KW'), { name: 'OperationError' });
  const pkcs8Wrapped = await subtle.wrapKey('pkcs8', ec.privateKey, gcm, { name: 'AES-GCM', iv });
  const pkcs8Back = await subtle.unwrapKey('pkcs8', pkcs8Wrapped, gcm, { name: 'AES-GCM', iv },
                                           { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  assert.strictEqual(hex(await subtle.exportKey('pkcs8', pkcs8Back)),
                     hex(await subtle.exportKey('pkcs8', ec.privateKey)));

  // Errors.
  await assert.rejects(subtle.wrapKey('raw', key, gcm, 'AES-KW'), {
    name: 'InvalidAccessError', message: 'The requested operation is not valid for the provided key',
  });
  await assert.rejects(subtle.wrapKey('raw', gcm, kek, 'AES-KW'),
                       { name: 'InvalidAccessException', message: 'key is not extractable' });
  await assert.rejects(subtle.wrapKey('spki', key, kek, 'AES-KW'),
                       { name: 'InvalidAccessError', message: 'Unable to export a raw AES-CBC secret key' });
  await assert.rejects(subtle.wrapKey('raw', key, kek, 'AES-GCM'), {
    name: 'TypeError',
    code: 'ERR_MISSING_OPTION',
  });
  await assert.rejects(subtle.wrapKey('raw', key, kek, 'HMAC'),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await assert.rejects(subtle.encrypt('AES-KW', kek, new Uint8Array(16)),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await assert.rejects(subtle.wrapKey('raw', key, kek), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'wrapKey' on 'SubtleCrypto': 4 arguments required, but only 3 present.",
  });
  await assert.rejects(subtle.unwrapKey('raw', wrapped, key, 'AES-KW', 'AES-CBC', true), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: "Failed to execute 'unwrapKey' on 'SubtleCrypto': 7 arguments required, but only 6 present.",
  });
  await assert.rejects(subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-CBC', true, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for an AES key' });
})().then(common.mustCall());
