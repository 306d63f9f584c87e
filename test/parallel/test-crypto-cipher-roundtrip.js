'use strict';
// Every AES mode the issue names (cbc, ctr, gcm, ccm, ecb, ofb, cfb at
// 128/192/256 bits) and chacha20-poly1305 round-trip data of several
// lengths, through update/final with string encodings, with AAD and tags
// for the AEAD modes; tampering fails the AEAD decryption.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const aead = new Set(['gcm', 'ccm']);
const cases = [];
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ctr', 'gcm', 'ccm', 'ecb', 'ofb', 'cfb']) {
    cases.push([`aes-${bits}-${mode}`, bits / 8, mode]);
  }
}
cases.push(['chacha20-poly1305', 32, 'chacha']);

for (const [name, keyLength, mode] of cases) {
  const info = crypto.getCipherInfo(name);
  assert.strictEqual(info.keyLength, keyLength, name);
  const key = crypto.randomBytes(keyLength);
  const iv = mode === 'ecb' ? null : crypto.randomBytes(mode === 'ccm' ? 12 : info.ivLength);
  const isAead = aead.has(mode) || mode === 'chacha';
  const options = isAead ? { authTagLength: 16 } : undefined;
  for (const length of [0, 1, 15, 16, 17, 1000]) {
    if (mode === 'ccm' && length === 0) continue;
    const plain = crypto.randomBytes(length);
    const aad = Buffer.from('header');
    const c = crypto.createCipheriv(name, key, iv, options);
    if (isAead) c.setAAD(aad, { plaintextLength: length });
    const ct = Buffer.concat([c.update(plain), c.final()]);
    const tag = isAead ? c.getAuthTag() : undefined;
    if (isAead) assert.strictEqual(tag.length, 16);

    const d = crypto.createDecipheriv(name, key, iv, options);
    if (isAead) {
      d.setAuthTag(tag);
      d.setAAD(aad, { plaintextLength: length });
    }
    assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), plain, `${name} ${length}`);

    // String encodings in and out, split updates.
    if (mode !== 'ccm') {
      const c2 = crypto.createCipheriv(name, key, iv, options);
      const half = plain.toString('hex').length >> 1 & ~1;
      const out = c2.update(plain.toString('hex').slice(0, half), 'hex', 'base64') +
                  c2.update(plain.toString('hex').slice(half), 'hex', 'base64') + c2.final('base64');
      assert.strictEqual(out, ct.toString('base64'), name);
    }

    if (isAead && length > 0) {
      const bad = Buffer.from(ct);
      bad[0] ^= 1;
      const d2 = crypto.createDecipheriv(name, key, iv, options);
      d2.setAuthTag(tag);
      d2.setAAD(aad, { plaintextLength: length });
      d2.update(bad);
      assert.throws(() => d2.final(), {
        name: 'Error', message: 'Unsupported state or unable to authenticate data',
      });
    }
  }
}

// Names are case-insensitive and aliases work.
const k = Buffer.alloc(16, 1);
const v = Buffer.alloc(16, 2);
const ref = crypto.createCipheriv('aes-128-cbc', k, v).final('hex');
assert.strictEqual(crypto.createCipheriv('AES-128-CBC', k, v).final('hex'), ref);
assert.strictEqual(crypto.createCipheriv('aes128', k, v).final('hex'), ref);
// Keys and IVs as strings, ArrayBuffers and KeyObjects.
assert.strictEqual(crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(k), v.buffer.slice(v.byteOffset, v.byteOffset + 16)).final('hex'), ref);
assert.strictEqual(
  crypto.createCipheriv('aes-128-cbc', 'abcdefghijklmnop', 'abcdefghijklmnop').update('x', 'utf8', 'base64'), '');

// setAutoPadding(false) with unaligned data fails at final.
const np = crypto.createCipheriv('aes-128-cbc', k, v);
np.setAutoPadding(false);
np.update('abc');
assert.throws(() => np.final(), {
  code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
  message: 'error:1C80006B:Provider routines::wrong final block length',
});
// Wrong key on CBC: bad decrypt from OpenSSL.
const wrong = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), v);
wrong.update(crypto.createCipheriv('aes-128-cbc', k, v).update('0123456789abcdef0123'));
assert.throws(() => wrong.final(), (err) => {
  assert.ok(/bad decrypt|wrong final block length/.test(err.message));
  assert.ok(err.code.startsWith('ERR_OSSL_'));
  return true;
});
