'use strict';
// 8 concurrent pbkdf2 (sha512, 100,000 iterations) on the thread pool.
const crypto = require('crypto');

let pending = 8;
for (let i = 0; i < 8; i++) {
  crypto.pbkdf2(`password${i}`, 'salt', 100000, 64, 'sha512', (err, key) => {
    if (err || key.length !== 64) throw err || new Error('bad key');
    pending--;
  });
}
process.on('exit', () => {
  if (pending !== 0) throw new Error('jobs lost');
});
