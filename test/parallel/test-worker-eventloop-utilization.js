'use strict';
// worker.performance.eventLoopUtilization(): before the worker is online all
// fields are 0; while it runs it returns { idle, active, utilization } with
// non-negative numbers and utilization in [0, 1], idle time does not
// decrease, and the delta forms take one or two previous values. In the
// worker, performance.eventLoopUtilization works too.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function checkKeys(elu) {
  assert.deepStrictEqual(Object.keys(elu).sort(), ['active', 'idle', 'utilization']);
  for (const key of ['idle', 'active', 'utilization']) {
    assert.strictEqual(typeof elu[key], 'number');
  }
}

function checkShape(elu) {
  assert.deepStrictEqual(Object.keys(elu).sort(), ['active', 'idle', 'utilization']);
  for (const key of ['idle', 'active', 'utilization']) {
    assert.strictEqual(typeof elu[key], 'number');
    assert.ok(elu[key] >= 0, `${key} ${elu[key]}`);
    assert.ok(Number.isFinite(elu[key]), `${key} ${elu[key]}`);
  }
  assert.ok(elu.utilization <= 1, `utilization ${elu.utilization}`);
}

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const { performance } = require('perf_hooks');
  parentPort.on('message', (m) => {
    if (m === 'end') return parentPort.close();
    const elu = performance.eventLoopUtilization();
    parentPort.postMessage(elu);
  });
`, { eval: true });

assert.strictEqual(typeof w.performance, 'object');
assert.strictEqual(typeof w.performance.eventLoopUtilization, 'function');
assert.deepStrictEqual(w.performance.eventLoopUtilization(),
                       { idle: 0, active: 0, utilization: 0 });

w.on('online', common.mustCall(() => {
  const first = w.performance.eventLoopUtilization();
  checkShape(first);
  w.postMessage('elu');
  w.once('message', common.mustCall((inWorker) => {
    checkShape(inWorker);
    const second = w.performance.eventLoopUtilization();
    checkShape(second);
    // Idle time only accumulates.
    assert.ok(second.idle >= first.idle);
    // Deltas: the worker's loop times are read from another thread, so
    // only their shape and arithmetic are checked.
    checkKeys(w.performance.eventLoopUtilization(second));
    const delta2 = w.performance.eventLoopUtilization(second, first);
    checkKeys(delta2);
    assert.strictEqual(delta2.idle, second.idle - first.idle);
    assert.strictEqual(delta2.active, second.active - first.active);
    w.postMessage('end');
  }));
}));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  // After exit: zeros again.
  assert.deepStrictEqual(w.performance.eventLoopUtilization(),
                         { idle: 0, active: 0, utilization: 0 });
}));
