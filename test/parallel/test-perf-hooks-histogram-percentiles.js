'use strict';
// percentile(p) and the percentiles Map (0, 50, 75, 87.5, ... 100), as node's
// HdrHistogram reports them; one Map per histogram, refilled on each read.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
assert.deepStrictEqual([...h.percentiles], [[100, 0]]);
h.record(5);
h.record(100);
assert.deepStrictEqual([...h.percentiles],
                       [[0, 5], [50, 5], [75, 100], [100, 100]]);
const map = h.percentiles;
assert.strictEqual(h.percentiles, map);
assert.strictEqual(map.constructor.name, 'SafeMap');
assert.strictEqual(h.percentile(50), 5);
assert.strictEqual(h.percentile(50.5), 5);
assert.strictEqual(h.percentile(75), 100);
assert.strictEqual(h.percentile(100), 100);
assert.strictEqual(h.percentile(1e-300), 5);

// Keys are percentiles, values the lowest value of each bucket;
// percentile() gives the highest value of the bucket.
const squares = createHistogram();
for (let i = 1; i <= 1000; i++) squares.record(i * i * 37);
assert.deepStrictEqual([...squares.percentiles], [
  [0, 37], [50, 9248768], [75, 20807680], [87.5, 28327936],
  [93.75, 32538624], [96.875, 34734080], [98.4375, 35880960],
  [99.21875, 36470784], [99.609375, 36765696], [99.8046875, 36896768],
  [99.90234375, 36995072], [100, 36995072],
]);
assert.strictEqual(squares.percentile(33.3), 4104191);
assert.strictEqual(squares.percentile(99.9), 36929535);
assert.strictEqual(squares.mean, 12351740.455);
assert.strictEqual(squares.stddev, 11041444.136539644);
assert.strictEqual(squares.max, 37027839);

for (const bad of [0, -1, 101, NaN]) {
  assert.throws(() => h.percentile(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "percentile" is out of range. It must be > 0 && ' +
      `<= 100. Received ${bad}`,
  });
}
assert.throws(() => h.percentile('50'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "percentile" argument must be of type number. ' +
    "Received type string ('50')",
});
assert.throws(() => h.percentileBigInt(), { code: 'ERR_INVALID_ARG_TYPE' });
