'use strict';
// A 256 MiB file copied with createReadStream -> createWriteStream.
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');

const dir = process.env.NODUS_BENCH_FIXTURES;
const source = path.join(dir, 'copy-source.bin');
const target = path.join(dir, 'copy-target.bin');
if (!fs.existsSync(source) || fs.statSync(source).size !== 256 << 20) {
  const fd = fs.openSync(source, 'w');
  const chunk = Buffer.alloc(1 << 20, 3);
  for (let i = 0; i < 256; i++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
pipeline(fs.createReadStream(source), fs.createWriteStream(target), (err) => {
  if (err) throw err;
  if (fs.statSync(target).size !== 256 << 20) throw new Error('size');
  fs.unlinkSync(target);
});
