'use strict';
// Four concurrent deflate -> inflate round trips of the same 8 MiB of text,
// with the callback API (the work runs on the thread pool).
const fs = require('fs');
const zlib = require('zlib');
const { textFixture } = require('./lib/zlib-text');

const input = fs.readFileSync(textFixture(8));
let done = 0;
for (let i = 0; i < 4; i++) {
  zlib.deflate(input, (err, compressed) => {
    if (err) throw err;
    zlib.inflate(compressed, (err2, output) => {
      if (err2) throw err2;
      if (output.length !== input.length) throw new Error('size');
      done++;
    });
  });
}
process.on('exit', () => {
  if (done !== 4) throw new Error('not done');
});
