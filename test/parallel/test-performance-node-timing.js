'use strict';
// performance.nodeTiming: node's start-up milestones in order, loopStart -1
// until the loop runs, loopExit -1 until it ends (set in 'exit').
require('../common');
const assert = require('assert');
const { PerformanceEntry } = require('perf_hooks');

const timing = performance.nodeTiming;
assert.strictEqual(timing, performance.nodeTiming);
assert.ok(timing instanceof PerformanceEntry);
assert.strictEqual(timing.constructor.name, 'PerformanceNodeTiming');
assert.strictEqual(timing.name, 'node');
assert.strictEqual(timing.entryType, 'node');
assert.strictEqual(timing.startTime, 0);
for (const key of ['name', 'entryType', 'startTime', 'duration', 'nodeStart',
  'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete',
  'idleTime']) {
  const desc = Object.getOwnPropertyDescriptor(timing, key);
  assert.strictEqual(desc.enumerable, true, key);
  assert.strictEqual(desc.configurable, true, key);
}

assert.ok(timing.nodeStart >= 0);
assert.ok(timing.nodeStart <= timing.v8Start);
assert.ok(timing.v8Start <= timing.environment);
assert.ok(timing.environment <= timing.bootstrapComplete);
assert.ok(timing.bootstrapComplete <= timing.duration);
assert.ok(timing.duration <= performance.now());
assert.strictEqual(timing.loopStart, -1);
assert.strictEqual(timing.loopExit, -1);
assert.strictEqual(timing.idleTime, 0);

setImmediate(() => {
  assert.ok(timing.loopStart >= timing.bootstrapComplete);
  assert.ok(timing.loopStart <= performance.now());
  assert.strictEqual(timing.loopExit, -1);
  assert.ok(timing.idleTime >= 0);
});

process.on('exit', () => {
  assert.ok(timing.loopExit >= timing.loopStart);
  assert.ok(timing.loopExit <= performance.now());
});
