'use strict';
// measure() also resolves the names of nodeTiming's milestones; loopStart
// is -1 until the event loop starts.
require('../common');
const assert = require('assert');

const { nodeTiming } = performance;
const fromStart = performance.measure('m', 'nodeStart', 'bootstrapComplete');
assert.strictEqual(fromStart.startTime, nodeTiming.nodeStart);
assert.strictEqual(fromStart.duration,
                   nodeTiming.bootstrapComplete - nodeTiming.nodeStart);
const v8 = performance.measure('m', { start: 'v8Start', end: 'environment' });
assert.strictEqual(v8.startTime, nodeTiming.v8Start);
assert.strictEqual(v8.duration, nodeTiming.environment - nodeTiming.v8Start);

const early = performance.measure('m', 'loopStart', 'loopExit');
assert.strictEqual(early.startTime, -1);
assert.strictEqual(early.duration, 0);

setImmediate(() => {
  const later = performance.measure('m', 'loopStart');
  assert.strictEqual(later.startTime, performance.nodeTiming.loopStart);
  assert.ok(later.startTime > 0);
  assert.ok(later.duration >= 0);
});
