'use strict';
// eventLoopUtilization(): zeros before the loop starts, then idle and active
// time since loopStart; with one argument the difference from it, with two
// the difference between them.
require('../common');
const assert = require('assert');

const zero = { idle: 0, active: 0, utilization: 0 };
const first = performance.eventLoopUtilization();
assert.deepStrictEqual(first, zero);
assert.deepStrictEqual(performance.eventLoopUtilization(first), zero);
assert.deepStrictEqual(performance.eventLoopUtilization(first, first), zero);

assert.deepStrictEqual(
  performance.eventLoopUtilization({ idle: 5, active: 3 },
                                   { idle: 1, active: 2 }),
  zero);

setTimeout(() => {
  const elu1 = performance.eventLoopUtilization();
  assert.deepStrictEqual(Object.keys(elu1), ['idle', 'active', 'utilization']);
  assert.ok(elu1.idle >= 0);
  assert.ok(elu1.active > 0);
  assert.strictEqual(elu1.utilization, elu1.active / (elu1.idle + elu1.active));
  assert.ok(elu1.idle <= performance.nodeTiming.idleTime);

  // Busy: all of the time since elu1 is active.
  const end = performance.now() + 20;
  while (performance.now() < end);
  const delta = performance.eventLoopUtilization(elu1);
  assert.ok(delta.active >= 20);
  assert.strictEqual(delta.idle, 0);
  assert.strictEqual(delta.utilization, 1);

  const elu2 = performance.eventLoopUtilization();
  const between = performance.eventLoopUtilization(elu2, elu1);
  assert.strictEqual(between.idle, elu2.idle - elu1.idle);
  assert.strictEqual(between.active, elu2.active - elu1.active);
  assert.strictEqual(between.utilization,
                     between.active / (between.idle + between.active));

  assert.deepStrictEqual(
    performance.eventLoopUtilization({ idle: 5, active: 3 },
                                     { idle: 1, active: 2 }),
    { idle: 4, active: 1, utilization: 0.2 });
}, 10);
