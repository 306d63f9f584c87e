'use strict';
// The password-based createCipher/createDecipher (DEP0106): node's key
// derivation (EVP_BytesToKey with MD5), the warning, and OCB/CCM needing an
// authTagLength with createCipheriv.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

common.expectWarning('DeprecationWarning',
                     'crypto.createCipher is deprecated.', 'DEP0106');

const c = crypto.createCipher('aes-128-cbc', 'pw');
assert.ok(c instanceof crypto.Cipher);
const ct = c.update('hello', 'utf8', 'hex') + c.final('hex');
// The key and IV that `openssl enc -md md5 -nosalt -pass pass:pw` derives.
assert.strictEqual(ct, '03382145c57c8ce4cd023e8fd4ab1df0');
const d = crypto.createDecipher('aes-128-cbc', 'pw');
assert.strictEqual(d.update(ct, 'hex', 'utf8') + d.final('utf8'), 'hello');
assert.ok(!Object.keys(crypto).includes('createCipher'));
assert.throws(() => crypto.createCipher('nope', 'pw'), { code: 'ERR_CRYPTO_UNKNOWN_CIPHER' });
assert.throws(() => crypto.createCipher('aes-128-cbc', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"password"/ });

for (const mode of ['ccm', 'ocb']) {
  assert.throws(() => crypto.createCipheriv(`aes-256-${mode}`, Buffer.alloc(32), Buffer.alloc(12)), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: `authTagLength required for aes-256-${mode}`,
  });
}
// OCB with a short tag round-trips.
const key = Buffer.alloc(16, 3);
const iv = Buffer.alloc(12, 4);
const e = crypto.createCipheriv('aes-128-ocb', key, iv, { authTagLength: 8 });
const out = Buffer.concat([e.update('ocb data'), e.final()]);
const dec = crypto.createDecipheriv('aes-128-ocb', key, iv, { authTagLength: 8 });
dec.setAuthTag(e.getAuthTag());
assert.strictEqual(Buffer.concat([dec.update(out), dec.final()]).toString(), 'ocb data');
// CCM over an empty message still has a tag.
const ccm = crypto.createCipheriv('aes-128-ccm', key, iv, { authTagLength: 16 });
ccm.update('');
ccm.final();
assert.strictEqual(ccm.getAuthTag().length, 16);
