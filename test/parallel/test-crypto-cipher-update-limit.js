'use strict';
// Cipher#update refuses input whose output (up to one block more than the
// input) would not fit OpenSSL's int: node's 'Trying to add data in
// unsupported state'. The refused buffers are never read, so this costs
// no memory beyond their (untouched) allocation.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const refused = {
  name: 'Error',
  message: 'Trying to add data in unsupported state',
};

let big;
try {
  big = Buffer.allocUnsafeSlow(2 ** 31 - 1);
} catch {
  // The allocation may fail on small systems; nothing to check then.
}
if (big !== undefined) {
  for (const [name, ivLength, limit] of [
    ['aes-128-gcm', 12, 2 ** 31 - 2],   // stream-like: block size 1
    ['aes-128-ctr', 16, 2 ** 31 - 2],
    ['aes-128-cbc', 16, 2 ** 31 - 17],  // block size 16
  ]) {
    for (const length of [2 ** 31 - 1, limit + 1]) {
      const cipher = crypto.createCipheriv(name, Buffer.alloc(16), Buffer.alloc(ivLength));
      assert.throws(() => cipher.update(big.subarray(0, length)), refused);
      // The cipher is still usable afterwards.
      assert.strictEqual(cipher.update(Buffer.alloc(32)).length, 32);
    }
  }
  const decipher = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  assert.throws(() => decipher.update(big), refused);
}
