'use strict';
// some(), every(), find() and forEach() resolve with node's results and
// stop reading once the answer is known.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const src = () => Readable.from([1, 2, 3]);
  assert.strictEqual(await src().some((x) => x > 2), true);
  assert.strictEqual(await src().some((x) => x > 5), false);
  assert.strictEqual(await src().every((x) => x > 0), true);
  assert.strictEqual(await src().every(async (x) => x > 1), false);
  assert.strictEqual(await src().find((x) => x > 1), 2);
  assert.strictEqual(await src().find((x) => x > 5), undefined);

  const seen = [];
  assert.strictEqual(await src().forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2, 3]);

  // The source is not read to its end, and is destroyed soon after.
  let pulled = 0;
  const s = Readable.from((function* () {
    for (let i = 1; i <= 100; i++) {
      pulled++;
      yield i;
    }
  })());
  assert.strictEqual(await s.some((x) => x === 1), true);
  assert.ok(pulled < 10);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(s.destroyed, true);
})().then(common.mustCall());
