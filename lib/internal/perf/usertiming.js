'use strict';

// User Timing: PerformanceMark and PerformanceMeasure, and the mark(),
// measure() and clearMarks() behind the Performance methods, with node 20's
// argument rules. A mark or measure name that is not a mark may name one of
// nodeTiming's milestones ('nodeStart', 'loopStart', ...).

const {
  ObjectDefineProperties,
  SafeMap,
  Symbol,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const {
  validateInternalField,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const { kEnumerableProperty } = require('internal/util');
const {
  PerformanceEntry,
  kDuration,
  kEntryType,
  kName,
  kSkipThrow,
  kStartTime,
} = require('internal/perf/performance_entry');
const { bufferUserTiming, enqueue } = require('internal/perf/observe');
const { getMilestone, isMilestoneName, now } = require('internal/perf/utils');

const kDetail = Symbol('kDetail');

// The latest startTime of each mark name (what measure() resolves names to).
const markTimings = new SafeMap();

let structuredClone;
function cloneDetail(detail) {
  if (detail == null) return null;
  structuredClone ??= require('internal/structured_clone').structuredClone;
  return structuredClone(detail);
}

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

// A timestamp given as a number, a mark name or a milestone name.
function getMark(name) {
  if (name === undefined) return;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (isMilestoneName(name)) return getMilestone(name);
  const time = markTimings.get(name);
  if (time === undefined) {
    throw lazyDOMException(`The "${name}" performance mark has not been set`,
                           'SyntaxError');
  }
  return time;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) {
      throw new ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    if (isMilestoneName(name)) {
      throw new ERR_INVALID_ARG_VALUE('name', name);
    }
    if (options != null) {
      validateObject(options, 'options');
    }
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
    markTimings.set(name, startTime);
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kDetail],
    };
  }
}
ObjectDefineProperties(PerformanceMark.prototype, {
  detail: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'PerformanceMark',
  },
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super(skipThrowSymbol, name, type, start, duration);
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kDetail],
    };
  }
}
ObjectDefineProperties(PerformanceMeasure.prototype, {
  detail: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'PerformanceMeasure',
  },
});

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// measure(name, startMark, endMark) or measure(name, options): options hold
// start and end (numbers or mark names), duration and detail. Without a
// start the measure starts at 0; without an end it ends now.
function calculateStartDuration(startOrOptions, endMark) {
  let start;
  let end;
  let duration;
  let detail;
  let optionsValid = false;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    ({ start, end, duration, detail } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'endMark must not be specified');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and ' +
        'options.duration specified');
    }
  }

  let endTime;
  if (end !== undefined) {
    endTime = getMark(end);
  } else if (start !== undefined && duration !== undefined) {
    endTime = getMark(start) + getMark(duration);
  } else if (endMark !== undefined) {
    endTime = getMark(endMark);
  } else {
    endTime = now();
  }

  let startTime;
  if (typeof startOrOptions === 'string') {
    startTime = getMark(startOrOptions);
  } else if (start !== undefined) {
    startTime = getMark(start);
  } else if (duration !== undefined && end !== undefined) {
    startTime = endTime - getMark(duration);
  } else {
    startTime = 0;
  }

  return { start: startTime, duration: endTime - startTime, detail };
}

function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  const { start, duration, detail } =
    calculateStartDuration(startOrOptions, endMark);
  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', start,
                                       duration);
  entry[kDetail] = cloneDetail(detail);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarkTimings(name) {
  if (name === undefined) {
    markTimings.clear();
  } else {
    markTimings.delete(name);
  }
}

module.exports = {
  PerformanceMark,
  PerformanceMeasure,
  clearMarkTimings,
  mark,
  measure,
};
