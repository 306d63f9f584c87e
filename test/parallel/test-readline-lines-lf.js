'use strict';
// readline splits its input on '\n' into 'line' events, across chunk
// boundaries, keeping empty lines and emitting nothing for the final '\n'.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lines, ['one', 'two', '', 'three four', 'five', '']);
}));

input.write('one\ntw');
input.write('o\n\nthree');
input.write(' four\nfive\n');
input.write('\n');
input.end();
