'use strict';
// sha256 of 512 MiB fed in 64 KiB updates (one Hash object).
const crypto = require('crypto');

const chunk = Buffer.alloc(64 * 1024, 'nodus');
const hash = crypto.createHash('sha256');
for (let i = 0; i < 8192; i++) hash.update(chunk);
if (hash.digest('hex').length !== 64) throw new Error('bad digest');
