'use strict';
// for await (const line of rl) yields every line of the input, the last
// one without a line ending too, and ends when the input ends.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { Readable } = require('stream');

async function lines(chunks) {
  const rl = readline.createInterface({ input: Readable.from(chunks) });
  const seen = [];
  for await (const line of rl) seen.push(line);
  assert.strictEqual(rl.closed, true);
  return seen;
}

(async () => {
  assert.deepStrictEqual(await lines(['a\nb', 'c\r\nd\n', '\ne']),
                         ['a', 'bc', 'd', '', 'e']);
  assert.deepStrictEqual(await lines([]), []);
  assert.deepStrictEqual(await lines(['\n']), ['']);
  const many = [];
  for (let i = 0; i < 5000; i++) many.push(`line ${i}`);
  assert.deepStrictEqual(await lines([many.join('\n')]), many);

  // The iterator is created once per interface.
  const rl = readline.createInterface({ input: Readable.from(['x\n']) });
  assert.strictEqual(rl[Symbol.asyncIterator](), rl[Symbol.asyncIterator]());
  const seen = [];
  for await (const line of rl) seen.push(line);
  assert.deepStrictEqual(seen, ['x']);
})().then(common.mustCall());
