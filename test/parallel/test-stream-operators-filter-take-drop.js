'use strict';
// filter(), flatMap(), take() and drop() return Readables over the
// selected values.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const src = () => Readable.from([1, 2, 3, 4, 5]);
  const filtered = src().filter(async (x) => x % 2 === 1);
  assert.ok(filtered instanceof Readable);
  assert.deepStrictEqual(await filtered.toArray(), [1, 3, 5]);
  assert.deepStrictEqual(await src().flatMap((x) => [x, -x]).take(4).toArray(),
                         [1, -1, 2, -2]);
  assert.deepStrictEqual(await src().take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await src().drop(3).toArray(), [4, 5]);
  assert.deepStrictEqual(await src().take(0).toArray(), []);
  assert.deepStrictEqual(await src().drop(Infinity).toArray(), []);
  assert.deepStrictEqual(await src().take('x').toArray(), []);

  for (const op of ['take', 'drop']) {
    assert.throws(() => src()[op](-1), {
      code: 'ERR_OUT_OF_RANGE',
      name: 'RangeError',
      message: 'The value of "number" is out of range. It must be >= 0. Received -1',
    });
  }
})().then(common.mustCall());
