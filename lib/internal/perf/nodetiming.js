'use strict';

// performance.nodeTiming: a PerformanceNodeTiming (entryType 'node') whose
// milestones are read from internalBinding('performance') on each access,
// so that loopStart and loopExit change from -1 once reached.

const {
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
} = primordials;

const {
  PerformanceEntry,
  inspectFields,
  kInspect,
} = require('internal/perf/performance_entry');
const {
  getMilestone,
  getUvMetricsInfo,
  loopIdleTime,
  now,
} = require('internal/perf/utils');

function milestoneGetter(name) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return getMilestone(name); },
  };
}

class PerformanceNodeTiming {
  constructor() {
    const descriptors = {
      __proto__: null,
      name: {
        __proto__: null, enumerable: true, configurable: true, value: 'node',
      },
      entryType: {
        __proto__: null, enumerable: true, configurable: true, value: 'node',
      },
      startTime: {
        __proto__: null, enumerable: true, configurable: true, value: 0,
      },
      duration: {
        __proto__: null,
        enumerable: true,
        configurable: true,
        get: now,
      },
      nodeStart: milestoneGetter('nodeStart'),
      v8Start: milestoneGetter('v8Start'),
      environment: milestoneGetter('environment'),
      loopStart: milestoneGetter('loopStart'),
      loopExit: milestoneGetter('loopExit'),
      bootstrapComplete: milestoneGetter('bootstrapComplete'),
      idleTime: {
        __proto__: null,
        enumerable: true,
        configurable: true,
        get: loopIdleTime,
      },
    };
    // node 20.18+: { loopCount, events, eventsWaiting } from uv_metrics_info,
    // present only when the binding provides it.
    if (getUvMetricsInfo() !== undefined) {
      descriptors.uvMetricsInfo = {
        __proto__: null,
        enumerable: true,
        configurable: true,
        get() {
          const info = getUvMetricsInfo();
          return {
            loopCount: info[0],
            events: info[1],
            eventsWaiting: info[2],
          };
        },
      };
    }
    ObjectDefineProperties(this, descriptors);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectFields('PerformanceNodeTiming', this.toJSON(), depth,
                         options);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
ObjectSetPrototypeOf(PerformanceNodeTiming.prototype,
                     PerformanceEntry.prototype);
ObjectSetPrototypeOf(PerformanceNodeTiming, PerformanceEntry);

module.exports = {
  PerformanceNodeTiming,
};
