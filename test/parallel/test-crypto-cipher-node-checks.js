'use strict';
// Cipher behaviour checked against node: CCM's message length limit
// (ERR_CRYPTO_INVALID_MESSAGELEN), CCM final() without a message
// (ERR_OSSL_TAG_NOT_SET), createCipher's counter-mode warning (every
// Cipher, never a Decipher), a Hash's digest() after its stream flushed,
// and DEP0115/DEP0182 only under --pending-deprecation.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const stream = require('stream');

if (process.argv[2] === 'child') {
  process.on('warning', (w) => console.log(`${w.code} ${w.message}`));
  crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12)).setAuthTag(Buffer.alloc(12));
  crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12)).setAuthTag(Buffer.alloc(12));
  crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12), { authTagLength: 12 })
    .setAuthTag(Buffer.alloc(12));
  crypto.pseudoRandomBytes(1);
  crypto.prng(1);
  return;
}

{
  const child = (args) => spawnSync(process.execPath, [...args, __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(child([]).stdout, '');
  assert.strictEqual(child(['--pending-deprecation']).stdout,
                     'DEP0182 Using AES-GCM authentication tags of less than 128 bits without specifying ' +
                     'the authTagLength option when initializing decryption is deprecated.\n' +
                     'DEP0115 crypto.pseudoRandomBytes is deprecated.\n');
}

common.expectWarning({
  DeprecationWarning: [['crypto.createCipher is deprecated.', 'DEP0106']],
  Warning: [
    ['Use Cipheriv for counter mode of aes-128-ctr'],
    ['Use Cipheriv for counter mode of aes-128-ctr'],
    ['Use Cipheriv for counter mode of aes-256-ccm'],
  ],
});

// Counter-mode warnings: one per Cipher, none for a Decipher or CBC, and
// not when the options are refused first.
crypto.createCipher('aes-128-ctr', 'password');
crypto.createCipher('aes-128-ctr', 'password');
crypto.createDecipher('aes-128-ctr', 'password');
crypto.createCipher('aes-128-cbc', 'password');
assert.throws(() => crypto.createCipher('aes-256-ccm', 'password', { authTagLength: 'x' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.createCipher('aes-256-ccm', 'password', { authTagLength: 7 }),
              { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });

// CCM: a 13-byte nonce leaves 2 bytes of length, so 65535 at most.
{
  const key = Buffer.alloc(32);
  const cipher = () => crypto.createCipheriv('aes-256-ccm', key, Buffer.alloc(13), { authTagLength: 16 });
  const tooLong = { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_MESSAGELEN', message: 'Invalid message length' };
  assert.throws(() => cipher().setAAD(Buffer.alloc(0), { plaintextLength: 65536 }), tooLong);
  assert.throws(() => cipher().update(Buffer.alloc(65536)), tooLong);
  const ok = cipher();
  ok.setAAD(Buffer.alloc(0), { plaintextLength: 65535 });
  assert.strictEqual(ok.update(Buffer.alloc(65535)).length, 65535);
  ok.final();
  assert.strictEqual(ok.getAuthTag().length, 16);

  // final() needs the message, even an empty one.
  assert.throws(() => cipher().final(), { code: 'ERR_OSSL_TAG_NOT_SET' });
  const withAad = cipher();
  withAad.setAAD(Buffer.from('aad'), { plaintextLength: 0 });
  assert.throws(() => withAad.final(), { code: 'ERR_OSSL_TAG_NOT_SET' });
  const empty = cipher();
  empty.setAAD(Buffer.from('aad'), { plaintextLength: 0 });
  empty.update(Buffer.alloc(0));
  assert.strictEqual(empty.final().length, 0);
  const tag = empty.getAuthTag();
  const decipher = crypto.createDecipheriv('aes-256-ccm', key, Buffer.alloc(13), { authTagLength: 16 });
  decipher.setAuthTag(tag);
  decipher.setAAD(Buffer.from('aad'), { plaintextLength: 0 });
  decipher.update(Buffer.alloc(0));
  decipher.final();
}

// A Hash piped to: digest() afterwards gives the digest again.
{
  const expected = crypto.createHash('sha3-512').update('aoeu').digest('hex');
  const source = new stream.PassThrough();
  const hash = crypto.createHash('sha3-512');
  source.pipe(hash).setEncoding('hex').on('data', common.mustCall((chunk) => {
    assert.strictEqual(chunk, expected);
    assert.strictEqual(hash.digest('hex'), expected);
  }));
  source.end('aoeu');
}
