'use strict';
// 3,000 small files written, then read back, all at once with the callback
// API (more operations in flight than the thread pool has threads).
const fs = require('fs');
const path = require('path');

const dir = path.join(process.env.NODUS_BENCH_FIXTURES, 'small-files');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const count = 3000;
const payload = 'x'.repeat(512);
let pending = count;
for (let i = 0; i < count; i++) {
  fs.writeFile(path.join(dir, `f${i}`), payload, (err) => {
    if (err) throw err;
    if (--pending === 0) readAll();
  });
}
function readAll() {
  let left = count;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    fs.readFile(path.join(dir, `f${i}`), (err, data) => {
      if (err) throw err;
      bytes += data.length;
      if (--left === 0 && bytes !== count * 512) throw new Error('bytes');
    });
  }
}
