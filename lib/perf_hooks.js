'use strict';

// perf_hooks: the performance timeline (performance, marks, measures,
// observers, resource timing), histograms and the event loop delay monitor.
// The parts live in lib/internal/perf/.

const {
  ObjectDefineProperty,
} = primordials;

const {
  PerformanceEntry,
} = require('internal/perf/performance_entry');
const {
  PerformanceMark,
  PerformanceMeasure,
} = require('internal/perf/usertiming');
const {
  PerformanceObserver,
  PerformanceObserverEntryList,
} = require('internal/perf/observe');
const {
  PerformanceResourceTiming,
} = require('internal/perf/resource_timing');
const { Performance, performance } = require('internal/perf/performance');
const { createHistogram } = require('internal/perf/histogram');
const { monitorEventLoopDelay } = require('internal/perf/event_loop_delay');

// node's GC entry constants (PerformanceNodeEntry.detail.kind and .flags of
// 'gc' entries): read-only, like a binding's constants.
const constants = {};
const kConstants = [
  ['NODE_PERFORMANCE_GC_MAJOR', 4],
  ['NODE_PERFORMANCE_GC_MINOR', 1],
  ['NODE_PERFORMANCE_GC_INCREMENTAL', 8],
  ['NODE_PERFORMANCE_GC_WEAKCB', 16],
  ['NODE_PERFORMANCE_GC_FLAGS_NO', 0],
  ['NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED', 2],
  ['NODE_PERFORMANCE_GC_FLAGS_FORCED', 4],
  ['NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING', 8],
  ['NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE', 16],
  ['NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY', 32],
  ['NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE', 64],
];
for (let i = 0; i < kConstants.length; i++) {
  ObjectDefineProperty(constants, kConstants[i][0], {
    __proto__: null,
    value: kConstants[i][1],
    writable: false,
    enumerable: true,
    configurable: false,
  });
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
};

ObjectDefineProperty(module.exports, 'constants', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  value: constants,
});
