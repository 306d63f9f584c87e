'use strict';
// timerify(fn, { histogram }) records each call's duration in nanoseconds.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const histogram = createHistogram();
const timed = performance.timerify(function work(n) {
  let x = 0;
  for (let i = 0; i < n; i++) x += i;
  return x;
}, { histogram });
assert.strictEqual(timed(1000), 499500);
assert.strictEqual(timed(10), 45);
assert.strictEqual(histogram.count, 2);
assert.ok(histogram.min >= 1);
assert.ok(histogram.min <= histogram.max);
