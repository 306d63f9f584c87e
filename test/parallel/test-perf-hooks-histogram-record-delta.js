'use strict';
// recordDelta() records the nanoseconds since its previous call; the first
// call only starts the clock.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
h.recordDelta();
assert.strictEqual(h.count, 0);
const start = performance.now();
while (performance.now() - start < 1);
h.recordDelta();
assert.strictEqual(h.count, 1);
// At least the millisecond waited, in nanoseconds.
assert.ok(h.min >= 1e6 * 0.99);
h.recordDelta(1234);
assert.strictEqual(h.count, 2);
h.reset();
h.recordDelta();
assert.strictEqual(h.count, 0);
