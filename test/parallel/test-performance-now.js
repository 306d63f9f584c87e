'use strict';
// performance.now() is a monotonic number of milliseconds since the time
// origin, on the same clock as nodeTiming.
require('../common');
const assert = require('assert');

const a = performance.now();
const b = performance.now();
assert.strictEqual(typeof a, 'number');
assert.ok(a > 0);
assert.ok(a <= b);
assert.ok(performance.nodeTiming.bootstrapComplete <= a);
assert.ok(b <= performance.nodeTiming.duration);

// timeOrigin is the wall-clock time at which now() was 0.
const { timeOrigin } = performance;
assert.strictEqual(typeof timeOrigin, 'number');
assert.strictEqual(timeOrigin, performance.timeOrigin);
assert.ok(timeOrigin < Date.now());
assert.ok(timeOrigin + b <= Date.now() + 1);

setTimeout(() => {
  assert.ok(performance.now() > b);
}, 2);
