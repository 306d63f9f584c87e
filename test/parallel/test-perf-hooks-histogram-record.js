'use strict';
// createHistogram(): record() values, then count, min, max, mean, stddev and
// exceeds as HdrHistogram with 3 significant figures gives them.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
assert.strictEqual(h.constructor.name, 'RecordableHistogram');
assert.strictEqual(Object.getPrototypeOf(h.constructor).name, 'Histogram');

// Empty.
assert.strictEqual(h.count, 0);
assert.strictEqual(h.min, 9223372036854775807);
assert.strictEqual(h.max, 0);
assert.ok(Number.isNaN(h.mean));
assert.ok(Number.isNaN(h.stddev));
assert.strictEqual(h.exceeds, 0);
assert.strictEqual(h.percentile(50), 0);

h.record(5);
h.record(100);
assert.strictEqual(h.count, 2);
assert.strictEqual(h.min, 5);
assert.strictEqual(h.max, 100);
assert.strictEqual(h.mean, 52.5);
assert.strictEqual(h.stddev, 47.5);

// Beyond 2048 values share buckets: min is the lowest value of its bucket,
// max the highest, the mean uses bucket medians.
const big = createHistogram();
big.record(12345);
assert.strictEqual(big.min, 12344);
assert.strictEqual(big.max, 12351);
assert.strictEqual(big.mean, 12348);
assert.strictEqual(big.stddev, 0);
big.record(99999999);
big.record(7777777);
assert.strictEqual(big.max, 100007935);
assert.strictEqual(big.mean, 35921257.333333336);
assert.strictEqual(big.stddev, 45403723.56703872);

const many = createHistogram();
many.record(5);
many.record(10);
for (let i = 0; i < 7; i++) many.record(1000 + i * 13);
assert.deepStrictEqual(many.toJSON(), {
  count: 9,
  min: 5,
  max: 1078,
  mean: 809.7777777777778,
  exceeds: 0,
  stddev: 429.4497196743701,
  percentiles: { 0: 5, 50: 1026, 75: 1052, 87.5: 1065, 93.75: 1078, 100: 1078 },
});
