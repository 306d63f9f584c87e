'use strict';
// Values above `highest` are not recorded: they count in `exceeds`.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram({ highest: 2048 });
h.record(2048);
h.record(2049);
h.record(4096);
h.record(3);
assert.strictEqual(h.count, 2);
assert.strictEqual(h.exceeds, 2);
assert.strictEqual(h.exceedsBigInt, 2n);
assert.strictEqual(h.max, 2049);
assert.strictEqual(h.min, 3);

// With a `lowest` above 1, small values share the first bucket.
const coarse = createHistogram({ lowest: 100, highest: 1000 });
coarse.record(5);
coarse.record(1);
coarse.record(1001);
assert.strictEqual(coarse.count, 2);
assert.strictEqual(coarse.exceeds, 1);
assert.strictEqual(coarse.min, 0);
assert.strictEqual(coarse.max, 63);
assert.strictEqual(coarse.percentile(50), 63);
