'use strict';
// 100,000 small hashes: createHash + update(64 bytes) + digest, as caches
// and content-addressed stores do.
const crypto = require('crypto');

const data = Buffer.alloc(64, 'x');
let check = 0;
for (let i = 0; i < 100000; i++) {
  data[0] = i & 255;
  check += crypto.createHash('sha256').update(data).digest('hex').length;
}
if (check !== 6400000) throw new Error('bad digests');
