'use strict';
// '\r\n' ends one line, in one chunk or split over two (crlfDelay:
// Infinity makes the pairing independent of timing); a lone '\r' ends a
// line too.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
assert.strictEqual(rl.crlfDelay, Infinity);
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lines, ['a', 'b', 'c', 'd', '', 'e', 'f']);
}));

input.write('a\r\nb\r');
input.write('\nc\rd\r\r\ne');
input.write('\r');
input.write('\n');
input.end('f');
