'use strict';
// bench-runs: 3
// A 256 MiB text file piped through createGzip to disk.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream');
const { textFixture } = require('./lib/zlib-text');

const dir = process.env.NODUS_BENCH_FIXTURES || '/tmp';
const source = path.join(dir, 'zlib-pipe-source.txt');
if (!fs.existsSync(source) || fs.statSync(source).size !== 256 << 20) {
  const text = fs.readFileSync(textFixture(32));
  const fd = fs.openSync(source, 'w');
  for (let i = 0; i < 8; i++) fs.writeSync(fd, text);
  fs.closeSync(fd);
}
const target = path.join(dir, 'zlib-pipe-target.gz');
pipeline(fs.createReadStream(source), zlib.createGzip(),
         fs.createWriteStream(target), (err) => {
           if (err) throw err;
           if (fs.statSync(target).size < 1 << 20) throw new Error('size');
           fs.unlinkSync(target);
         });
