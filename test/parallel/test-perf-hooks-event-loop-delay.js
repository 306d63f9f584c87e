'use strict';
// monitorEventLoopDelay(): enable()/disable() report whether they changed
// anything; while enabled the histogram samples the loop (in ns); once
// disabled it stops.
const common = require('../common');
const assert = require('assert');
const { monitorEventLoopDelay } = require('perf_hooks');

const h = monitorEventLoopDelay({ resolution: 1 });
assert.strictEqual(h.constructor.name, 'ELDHistogram');
assert.strictEqual(h.count, 0);
assert.strictEqual(typeof h.record, 'undefined');
assert.strictEqual(h.disable(), false);
assert.strictEqual(h.enable(), true);
assert.strictEqual(h.enable(), false);

function waitForSamples() {
  if (h.count < 2) {
    setTimeout(waitForSamples, 2);
    return;
  }
  assert.strictEqual(h.disable(), true);
  assert.strictEqual(h.disable(), false);
  const count = h.count;
  assert.ok(h.min >= 1);
  assert.ok(h.min <= h.mean);
  assert.ok(h.mean <= h.max);
  assert.strictEqual(h.exceeds, 0);
  // Stopped: no more samples.
  setTimeout(common.mustCall(() => {
    assert.strictEqual(h.count, count);
    h.reset();
    assert.strictEqual(h.count, 0);
  }), 10);
}
waitForSamples();
