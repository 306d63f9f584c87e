'use strict';

// The Performance interface and `performance`, its one instance (the global
// and perf_hooks.performance): an EventTarget whose methods must be called
// on it (node 19+), plus node's extensions eventLoopUtilization, nodeTiming,
// timerify and markResourceTiming.

const {
  MathTrunc,
  NumberIsFinite,
  ObjectDefineProperties,
  ReflectConstruct,
  Symbol,
  SymbolToStringTag,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateInternalField } = require('internal/validators');
const { kEnumerableProperty } = require('internal/util');
const {
  EventTarget,
  defineEventHandler,
} = require('internal/event_target');
const { inspectFields, kInspect } = require('internal/perf/performance_entry');
const {
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
  setResourceTimingBufferSize,
} = require('internal/perf/observe');
const {
  clearMarkTimings,
  mark,
  measure,
} = require('internal/perf/usertiming');
const { PerformanceNodeTiming } = require('internal/perf/nodetiming');
const {
  eventLoopUtilization,
} = require('internal/perf/event_loop_utilization');
const { markResourceTiming } = require('internal/perf/resource_timing');
const { getTimeOrigin, now } = require('internal/perf/utils');

const kPerformanceBrand = Symbol('performance');

let timerifyModule;
function lazyTimerify() {
  timerifyModule ??= require('internal/perf/timerify');
  return timerifyModule.timerify;
}

function checkThis(object) {
  if (object?.[kPerformanceBrand] !== true) {
    validateInternalField(object, kPerformanceBrand, 'Performance');
  }
}

// WebIDL `unsigned long`: ToNumber, truncated, modulo 2^32 (NaN and the
// infinities are 0).
function toUnsignedLong(value) {
  const number = +value;
  if (!NumberIsFinite(number)) return 0;
  const modulo = MathTrunc(number) % 4294967296;
  return modulo < 0 ? modulo + 4294967296 : modulo;
}

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  clearMarks(name = undefined) {
    checkThis(this);
    if (name !== undefined) name = `${name}`;
    clearMarkTimings(name);
    clearEntriesFromBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('measure', name);
  }

  clearResourceTimings(name = undefined) {
    checkThis(this);
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('resource', name);
  }

  getEntries() {
    checkThis(this);
    return filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return filterBufferMapByNameAndType(name, type);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return filterBufferMapByNameAndType(undefined, type);
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    checkThis(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    setResourceTimingBufferSize(toUnsignedLong(maxSize));
  }

  get timeOrigin() {
    checkThis(this);
    return getTimeOrigin();
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}

ObjectDefineProperties(Performance.prototype, {
  clearMarks: kEnumerableProperty,
  clearMeasures: kEnumerableProperty,
  clearResourceTimings: kEnumerableProperty,
  getEntries: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  mark: kEnumerableProperty,
  measure: kEnumerableProperty,
  now: kEnumerableProperty,
  setResourceTimingBufferSize: kEnumerableProperty,
  timeOrigin: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  // node's extensions, not enumerable.
  eventLoopUtilization: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: eventLoopUtilization,
  },
  nodeTiming: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: new PerformanceNodeTiming(),
  },
  markResourceTiming: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: markResourceTiming,
  },
  timerify: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: function timerify(fn, options = undefined) {
      return lazyTimerify()(fn, options);
    },
  },
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
ObjectDefineProperties(Performance.prototype, {
  [kInspect]: {
    __proto__: null,
    configurable: true,
    writable: true,
    value: {
      [kInspect](depth, options) {
        if (depth < 0) return this;
        return inspectFields('Performance', {
          nodeTiming: this.nodeTiming,
          timeOrigin: this.timeOrigin,
        }, depth, options);
      },
    }[kInspect],
  },
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'Performance',
  },
});

// EventTarget's constructor initialises the instance; Performance's own
// constructor is for users only, and throws.
const performance = ReflectConstruct(EventTarget, [], Performance);
performance[kPerformanceBrand] = true;

module.exports = {
  Performance,
  performance,
};
