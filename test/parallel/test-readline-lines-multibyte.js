'use strict';
// UTF-8 characters split across input chunks are decoded whole.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const text = 'héllo wörld\n日本語\n😀 smile\n';
const bytes = Buffer.from(text);
const input = new PassThrough();
const rl = readline.createInterface({ input });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lines, ['héllo wörld', '日本語', '😀 smile']);
}));
// One byte at a time.
for (let i = 0; i < bytes.length; i++) input.write(bytes.subarray(i, i + 1));
input.end();
