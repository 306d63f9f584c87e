'use strict';
// A line of 8 MiB written in many chunks arrives whole, between short
// lines, and so does a line made of one huge chunk.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const kSize = 8 * 1024 * 1024;
const piece = 'abcdefghijklmnop'.repeat(4096); // 64 KiB
const input = new PassThrough();
const rl = readline.createInterface({ input });
const lengths = [];
let huge;
rl.on('line', (line) => {
  lengths.push(line.length);
  if (line.length === kSize) huge = line;
});
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lengths, [5, kSize, 3, kSize + 1]);
  assert.strictEqual(huge, piece.repeat(kSize / piece.length));
}));

input.write('start\n');
for (let written = 0; written < kSize; written += piece.length) {
  input.write(piece);
}
input.write('\nend\n');
input.end(Buffer.alloc(kSize + 1, 'z'));
