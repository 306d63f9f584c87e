'use strict';
// createCipheriv/createDecipheriv against known answers: NIST SP 800-38A
// (AES ECB, CBC, CFB, OFB, CTR), AES-GCM (McGrew-Viega test cases 1-2) and
// chacha20-poly1305 (RFC 8439 2.8.2).
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');
const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const key256 = hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
const iv = hex('000102030405060708090a0b0c0d0e0f');
const block = hex('6bc1bee22e409f96e93d7e117393172a');

const vectors = [
  ['aes-128-ecb', key128, null, '3ad77bb40d7a3660a89ecaf32466ef97'],
  ['aes-128-cbc', key128, iv, '7649abac8119b246cee98e9b12e9197d'],
  ['aes-256-cbc', key256, iv, 'f58c4c04d6e5f1ba779eabfb5f7bfbd6'],
  ['aes-128-cfb', key128, iv, '3b3fd92eb72dad20333449f8e83cfb4a'],
  ['aes-128-ofb', key128, iv, '3b3fd92eb72dad20333449f8e83cfb4a'],
  ['aes-128-ctr', key128, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), '874d6191b620e3261bef6864990db6ce'],
];
for (const [name, key, ivec, expected] of vectors) {
  const cipher = crypto.createCipheriv(name, key, ivec).setAutoPadding(false);
  const ct = Buffer.concat([cipher.update(block), cipher.final()]);
  assert.strictEqual(ct.toString('hex'), expected, name);
  const decipher = crypto.createDecipheriv(name, key, ivec).setAutoPadding(false);
  assert.deepStrictEqual(Buffer.concat([decipher.update(ct), decipher.final()]), block);
}

// With padding (the default), CBC adds a whole block to aligned input.
const padded = crypto.createCipheriv('aes-128-cbc', key128, iv);
assert.strictEqual(Buffer.concat([padded.update(block), padded.final()]).length, 32);

// AES-GCM, 128-bit zero key and 96-bit zero IV.
{
  const k = Buffer.alloc(16);
  const nonce = Buffer.alloc(12);
  const empty = crypto.createCipheriv('aes-128-gcm', k, nonce);
  assert.strictEqual(empty.final().length, 0);
  assert.strictEqual(empty.getAuthTag().toString('hex'), '58e2fccefa7e3061367f1d57a4e7455a');

  const c = crypto.createCipheriv('aes-128-gcm', k, nonce);
  assert.strictEqual(c.update(Buffer.alloc(16), undefined, 'hex') + c.final('hex'),
                     '0388dace60b6a392f328c2b971b2fe78');
  assert.strictEqual(c.getAuthTag().toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');

  const d = crypto.createDecipheriv('aes-128-gcm', k, nonce);
  d.setAuthTag(hex('ab6e47d42cec13bdf53a67b21257bddf'));
  assert.deepStrictEqual(Buffer.concat([d.update(hex('0388dace60b6a392f328c2b971b2fe78')), d.final()]),
                         Buffer.alloc(16));
}

// chacha20-poly1305, RFC 8439 section 2.8.2.
{
  const k = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const nonce = hex('070000004041424344454647');
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip " +
               'for the future, sunscreen would be it.';
  const c = crypto.createCipheriv('chacha20-poly1305', k, nonce, { authTagLength: 16 });
  c.setAAD(aad);
  const ct = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  assert.strictEqual(ct.toString('hex').slice(0, 32), 'd31a8d34648e60db7b86afbc53ef7ec2');
  assert.strictEqual(c.getAuthTag().toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');
  const d = crypto.createDecipheriv('chacha20-poly1305', k, nonce, { authTagLength: 16 });
  d.setAAD(aad);
  d.setAuthTag(hex('1ae10b594f09e26a7e902ecbd0600691'));
  assert.strictEqual(d.update(ct, undefined, 'utf8') + d.final('utf8'), text);
}
