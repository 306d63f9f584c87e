'use strict';
// crlfDelay: coerced to at least 100 (falsy values give 100); when the
// '\n' of a '\r\n' pair arrives more than crlfDelay ms after the '\r', it
// ends a second (empty) line.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

for (const [given, expected] of [[undefined, 100], [0, 100], [NaN, 100],
                                 [50, 100], [250, 250], ['500', 500]]) {
  const rl = readline.createInterface({
    input: new PassThrough(), crlfDelay: given,
  });
  assert.strictEqual(rl.crlfDelay, expected);
  rl.close();
}

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: 100 });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', common.mustCall(() => {
  assert.deepStrictEqual(lines, ['late', '', 'next']);
}));
input.write('late\r');
setTimeout(common.mustCall(() => {
  input.end('\nnext');
}), 300);
