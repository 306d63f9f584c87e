'use strict';

// PerformanceEntry, the base class of every timeline entry, and
// PerformanceNodeEntry (node's own entries: 'function' from timerify, and
// later 'gc', 'http', 'net', 'dns'). Entries keep their fields in own
// symbol-keyed properties, as node does, so that util.inspect and
// Object.getOwnPropertySymbols see the same shape; users read them through
// the prototype getters, which check the receiver.

const {
  ObjectDefineProperties,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateInternalField } = require('internal/validators');
const { kEnumerableProperty } = require('internal/util');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kNodeDetail = Symbol('NodePerformanceEntry.Detail');
// Passed by lib/ to the constructors that users may not call.
const kSkipThrow = Symbol('kSkipThrow');

let inspect;
function lazyInspect(value, options) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value, options);
}

// The options a custom inspect passes on for the fields one level down.
function childInspectOptions(options) {
  return {
    ...options,
    depth: options.depth == null ? null : options.depth - 1,
  };
}

// `Name { ...fields }`, node's layout for every perf_hooks object.
function inspectFields(name, fields, depth, options) {
  return `${name} ${lazyInspect(fields, childInspectOptions(options))}`;
}

function isPerformanceEntry(value) {
  return value?.[kName] !== undefined;
}

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateInternalField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    validateInternalField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectFields(this.constructor.name, this.toJSON(), depth, options);
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
ObjectDefineProperties(PerformanceEntry.prototype, {
  name: kEnumerableProperty,
  entryType: kEnumerableProperty,
  startTime: kEnumerableProperty,
  duration: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

class PerformanceNodeEntry extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined, detail = undefined) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super(skipThrowSymbol, name, type, start, duration);
    this[kNodeDetail] = detail;
  }

  get detail() {
    validateInternalField(this, kNodeDetail, 'NodePerformanceEntry');
    return this[kNodeDetail];
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kNodeDetail],
    };
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  return new PerformanceNodeEntry(kSkipThrow, name, type, start, duration,
                                  detail);
}

module.exports = {
  PerformanceEntry,
  PerformanceNodeEntry,
  childInspectOptions,
  createPerformanceNodeEntry,
  inspectFields,
  isPerformanceEntry,
  kDuration,
  kEntryType,
  kInspect,
  kName,
  kSkipThrow,
  kStartTime,
  lazyInspect,
};
