'use strict';
// map() keeps the input order, runs at most `concurrency` calls at once, and
// rejects with the error of a failing call.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).map((x) => x * 2).toArray(),
                         [2, 4, 6]);

  let running = 0;
  let most = 0;
  const out = await Readable.from([30, 5, 20, 1]).map(async (ms) => {
    running++;
    most = Math.max(most, running);
    await delay(ms);
    running--;
    return ms;
  }, { concurrency: 2 }).toArray();
  assert.deepStrictEqual(out, [30, 5, 20, 1]);
  assert.strictEqual(most, 2);

  await assert.rejects(Readable.from([1, 2, 3]).map((x) => {
    if (x === 2) throw new Error('map failed');
    return x;
  }).toArray(), { message: 'map failed' });
})().then(common.mustCall());
