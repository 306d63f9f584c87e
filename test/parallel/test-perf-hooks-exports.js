'use strict';
// perf_hooks exports node 20's classes, functions and read-only GC constants,
// and its classes are the globals of the same names.
require('../common');
const assert = require('assert');
const perfHooks = require('perf_hooks');

assert.deepStrictEqual(Object.keys(perfHooks), [
  'Performance',
  'PerformanceEntry',
  'PerformanceMark',
  'PerformanceMeasure',
  'PerformanceObserver',
  'PerformanceObserverEntryList',
  'PerformanceResourceTiming',
  'monitorEventLoopDelay',
  'createHistogram',
  'performance',
  'constants',
]);
assert.strictEqual(require('node:perf_hooks'), perfHooks);

for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark',
  'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList',
  'PerformanceResourceTiming']) {
  assert.strictEqual(typeof perfHooks[name], 'function');
  assert.strictEqual(perfHooks[name].name, name);
  assert.strictEqual(globalThis[name], perfHooks[name], name);
}

const { constants } = perfHooks;
assert.deepStrictEqual({ ...constants }, {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});
assert.deepStrictEqual(
  Object.getOwnPropertyDescriptor(constants, 'NODE_PERFORMANCE_GC_MAJOR'),
  { value: 4, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(
  Object.getOwnPropertyDescriptor(perfHooks, 'constants'),
  { value: constants, writable: false, enumerable: true, configurable: false });
