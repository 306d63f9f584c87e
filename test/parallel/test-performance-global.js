'use strict';
// The `performance` global is perf_hooks' Performance instance: an
// EventTarget with node's prototype shape.
require('../common');
const assert = require('assert');
const { performance: perf, Performance } = require('perf_hooks');

assert.strictEqual(globalThis.performance, perf);
assert.strictEqual(typeof performance, 'object');
assert.ok(perf instanceof Performance);
assert.ok(perf instanceof EventTarget);
assert.strictEqual(Object.getPrototypeOf(Performance), EventTarget);
assert.strictEqual(Object.prototype.toString.call(perf), '[object Performance]');

const proto = Performance.prototype;
const enumerable = ['clearMarks', 'clearMeasures', 'clearResourceTimings',
  'getEntries', 'getEntriesByName', 'getEntriesByType', 'mark', 'measure',
  'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON',
  'onresourcetimingbufferfull'];
for (const key of enumerable) {
  const desc = Object.getOwnPropertyDescriptor(proto, key);
  assert.strictEqual(desc.enumerable, true, key);
  assert.strictEqual(desc.configurable, true, key);
}
for (const key of ['eventLoopUtilization', 'nodeTiming', 'markResourceTiming',
  'timerify']) {
  const desc = Object.getOwnPropertyDescriptor(proto, key);
  assert.strictEqual(desc.enumerable, false, key);
  assert.strictEqual(desc.writable, true, key);
}
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(proto, 'timeOrigin').get,
                   'function');
assert.strictEqual(proto.mark.length, 1);
assert.strictEqual(proto.measure.length, 1);
assert.strictEqual(proto.getEntriesByName.length, 1);
assert.strictEqual(proto.eventLoopUtilization.length, 2);
assert.strictEqual(proto.timerify.length, 1);
assert.strictEqual(perf.onresourcetimingbufferfull, null);
