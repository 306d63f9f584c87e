'use strict';
// aes-256-gcm encryption of 256 MiB in 64 KiB updates, then the tag.
const crypto = require('crypto');

const key = Buffer.alloc(32, 7);
const iv = Buffer.alloc(12, 9);
const chunk = Buffer.alloc(64 * 1024, 'nodus');
const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
let total = 0;
for (let i = 0; i < 4096; i++) total += cipher.update(chunk).length;
total += cipher.final().length;
if (total !== 256 * 1024 * 1024 || cipher.getAuthTag().length !== 16) {
  throw new Error('bad output');
}
