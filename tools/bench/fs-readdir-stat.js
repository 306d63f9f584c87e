'use strict';
// readdir + stat of every entry of a directory of 10,000 files.
const fs = require('fs');
const path = require('path');

const dir = path.join(process.env.NODUS_BENCH_FIXTURES, 'ten-thousand');
if (!fs.existsSync(path.join(dir, 'f9999'))) {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(dir, `f${i}`), '');
}
let files = 0;
for (let round = 0; round < 3; round++) {
  for (const name of fs.readdirSync(dir)) {
    if (fs.statSync(path.join(dir, name)).isFile()) files++;
  }
}
if (files !== 30000) throw new Error(`files ${files}`);
