'use strict';
// Only PerformanceMark and PerformanceObserver can be constructed by users.
require('../common');
const assert = require('assert');
const {
  Performance,
  PerformanceEntry,
  PerformanceMeasure,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
} = require('perf_hooks');

for (const Class of [Performance, PerformanceEntry, PerformanceMeasure,
  PerformanceObserverEntryList, PerformanceResourceTiming]) {
  assert.throws(() => new Class(), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    name: 'TypeError',
    message: 'Illegal constructor',
  }, Class.name);
}
// The internal classes behind nodeTiming and function entries, too.
const NodeTiming = performance.nodeTiming.constructor;
assert.strictEqual(NodeTiming.name, 'PerformanceNodeTiming');
assert.ok(performance.nodeTiming instanceof PerformanceEntry);
