'use strict';

// The performance timeline: the global buffers of marks, measures and
// resource timings, PerformanceObserver and PerformanceObserverEntryList,
// and enqueue(), which hands a new entry to the observers that want its
// type. Observers are called back from one setImmediate per batch, as in
// node: every observer with pending entries, in the order it first got one.

const {
  ArrayFrom,
  ArrayIsArray,
  ArrayPrototypeConcat,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  Error,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectFreeze,
  SafeSet,
  Symbol,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInternalField,
  validateObject,
} = require('internal/validators');
const { kEmptyObject, kEnumerableProperty } = require('internal/util');
const {
  inspectFields,
  kEntryType,
  kInspect,
  kName,
  kSkipThrow,
} = require('internal/perf/performance_entry');

const kSupportedEntryTypes = ObjectFreeze([
  'dns',
  'function',
  'gc',
  'http',
  'http2',
  'mark',
  'measure',
  'net',
  'resource',
]);

// A warning (once per type) when a user-timing buffer grows past this.
const kPerformanceEntryBufferWarnSize = 1e6;
const kClearFunctionOf = {
  __proto__: null,
  mark: 'performance.clearMarks',
  measure: 'performance.clearMeasures',
};
const warned = { __proto__: null, mark: false, measure: false };

let markEntryBuffer = [];
let measureEntryBuffer = [];
let resourceTimingBuffer = [];
let resourceTimingSecondaryBuffer = [];
let resourceTimingBufferSizeLimit = 250;
let resourceTimingBufferFullPending = false;

// Connected observers, in the order they connected; and those waiting for
// their callback, in the order they got their first pending entry.
const kObservers = new SafeSet();
const kPending = new SafeSet();
let isPending = false;

const kBuffer = Symbol('kBuffer');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const kObserves = Symbol('kObserves');
const kTypeSingle = 0;
const kTypeMultiple = 1;

let setImmediate;
function lazySetImmediate(callback) {
  setImmediate ??= require('timers').setImmediate;
  return setImmediate(callback);
}

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

function queuePending() {
  if (isPending) return;
  isPending = true;
  lazySetImmediate(() => {
    isPending = false;
    const pendings = ArrayFrom(kPending);
    kPending.clear();
    for (let i = 0; i < pendings.length; i++) {
      pendings[i][kDispatch]();
    }
  });
}

function compareStartTime(a, b) {
  return a.startTime - b.startTime;
}

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    this[kBuffer] = ArrayPrototypeSort(entries, compareStartTime);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return ArrayPrototypeSlice(this[kBuffer]);
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) {
      throw new ERR_MISSING_ARGS('type');
    }
    type = `${type}`;
    return ArrayPrototypeFilter(this[kBuffer],
                                (entry) => entry[kEntryType] === type);
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) {
      throw new ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    // Unlike performance.getEntriesByName(), a null type means any, and the
    // type is compared as given.
    if (type != null) {
      return ArrayPrototypeFilter(
        this[kBuffer],
        (entry) => entry[kName] === name && entry[kEntryType] === type);
    }
    return ArrayPrototypeFilter(this[kBuffer],
                                (entry) => entry[kName] === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectFields('PerformanceObserverEntryList', this[kBuffer], depth,
                         options);
  }
}
ObjectDefineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'PerformanceObserverEntryList',
  },
});

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new SafeSet();
  #type = undefined;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  observe(options = kEmptyObject) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE(
        'options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }

    // An observer watches either one list of types or single types added
    // one by one; it cannot switch until disconnected.
    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw lazyDOMException(
            'PerformanceObserver can not change to multiple observations',
            'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw lazyDOMException(
            'PerformanceObserver can not change to single observation',
            'InvalidModificationError');
        }
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!ArrayIsArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]',
                                       entryTypes);
      }
      this.#entryTypes.clear();
      for (let i = 0; i < entryTypes.length; i++) {
        if (ArrayPrototypeIncludes(kSupportedEntryTypes, entryTypes[i])) {
          this.#entryTypes.add(entryTypes[i]);
        }
      }
    } else {
      if (!ArrayPrototypeIncludes(kSupportedEntryTypes, type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = filterBufferMapByNameAndType(undefined, type);
        for (let i = 0; i < entries.length; i++) {
          ArrayPrototypePush(this.#buffer, entries[i]);
        }
        kPending.add(this);
        queuePending();
      }
    }

    if (this.#entryTypes.size > 0) {
      kObservers.add(this);
      updateGCTracking();
    } else {
      this.disconnect();
    }
  }

  [kObserves](type) {
    return this.#entryTypes.has(type);
  }

  disconnect() {
    this.#entryTypes.clear();
    this.#type = undefined;
    this.#buffer = [];
    kObservers.delete(this);
    kPending.delete(this);
    updateGCTracking();
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry[kEntryType])) return;
    ArrayPrototypePush(this.#buffer, entry);
    kPending.add(this);
    queuePending();
  }

  [kDispatch]() {
    const list = new PerformanceObserverEntryList(kSkipThrow,
                                                  this.takeRecords());
    FunctionPrototypeCall(this.#callback, this, list, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectFields('PerformanceObserver', {
      connected: kObservers.has(this),
      pending: kPending.has(this),
      entryTypes: ArrayFrom(this.#entryTypes),
      buffer: this.#buffer,
    }, depth, options);
  }
}
ObjectDefineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'PerformanceObserver',
  },
});

// 'gc' entries: V8's GC callbacks are on only while an observer wants
// them; each collection becomes an entry with its kind and flags (also as
// the deprecated entry.kind and entry.flags, DEP0152).
let gcTracked = false;
let deprecatedGCAccessors;
function updateGCTracking() {
  const wanted = hasObserver('gc');
  if (wanted === gcTracked) return;
  gcTracked = wanted;
  internalBinding('performance').setGCTracking(wanted ? onGC : undefined);
}

function onGC(startTime, duration, kind, flags) {
  const { createPerformanceNodeEntry } =
    require('internal/perf/performance_entry');
  const detail = { kind, flags };
  const entry =
    createPerformanceNodeEntry('gc', 'gc', startTime, duration, detail);
  if (deprecatedGCAccessors === undefined) {
    const { deprecate } = require('internal/util');
    const message = 'Custom PerformanceEntry accessors are deprecated. ' +
      'Please use the detail property.';
    deprecatedGCAccessors = {
      kind: deprecate(function() { return this.detail.kind; }, message,
                      'DEP0152'),
      flags: deprecate(function() { return this.detail.flags; }, message,
                       'DEP0152'),
    };
  }
  ObjectDefineProperties(entry, {
    kind: { __proto__: null, configurable: true,
            get: deprecatedGCAccessors.kind },
    flags: { __proto__: null, configurable: true,
             get: deprecatedGCAccessors.flags },
  });
  enqueue(entry);
}

// Whether an observer wants entries of `type` (so that producers such as
// dns skip the bookkeeping when nobody looks).
function hasObserver(type) {
  for (const observer of kObservers) {
    if (observer[kObserves](type)) return true;
  }
  return false;
}

// A timed operation (a dns request, a TCP connect) becomes an entry of
// `type` when it completes, if an observer wanted that type when it began:
// its context waits on `target[key]`; `more` joins the detail at the end.
let perfUtils;
function startPerf(target, key, type, name, detail) {
  if (!hasObserver(type)) return;
  perfUtils ??= require('internal/perf/utils');
  target[key] = { type, name, detail, start: perfUtils.now() };
}

function stopPerf(target, key, more) {
  const context = target[key];
  if (context === undefined) return;
  target[key] = undefined;
  const { createPerformanceNodeEntry } =
    require('internal/perf/performance_entry');
  const { type, name, detail, start } = context;
  enqueue(createPerformanceNodeEntry(
    name, type, start, perfUtils.now() - start,
    more === undefined ? detail : { ...detail, ...more }));
}

// Hands `entry` to every observer of its type (delivered later).
function enqueue(entry) {
  for (const observer of kObservers) {
    observer[kMaybeBuffer](entry);
  }
}

// Keeps a mark or measure in the global timeline.
function bufferUserTiming(entry) {
  const type = entry[kEntryType];
  let buffer;
  if (type === 'mark') {
    buffer = markEntryBuffer;
  } else if (type === 'measure') {
    buffer = measureEntryBuffer;
  } else {
    return;
  }
  ArrayPrototypePush(buffer, entry);
  if (buffer.length > kPerformanceEntryBufferWarnSize && !warned[type]) {
    warned[type] = true;
    const warning = new Error(
      'Possible perf_hooks memory leak detected. ' +
      `${buffer.length} ${type} entries added to the global performance ` +
      `entry buffer. Use ${kClearFunctionOf[type]} to clear the buffer.`);
    warning.name = 'MaxPerformanceEntryBufferExceededWarning';
    warning.entryType = type;
    warning.count = buffer.length;
    process.emitWarning(warning);
  }
}

// The Resource Timing buffer: when full, new entries wait in a secondary
// buffer while a 'resourcetimingbufferfull' event on `performance` gives
// listeners a chance to make room (Resource Timing, "add a
// PerformanceResourceTiming entry").
function bufferResourceTiming(entry) {
  if (resourceTimingBuffer.length < resourceTimingBufferSizeLimit &&
      !resourceTimingBufferFullPending) {
    ArrayPrototypePush(resourceTimingBuffer, entry);
    return;
  }
  if (!resourceTimingBufferFullPending) {
    resourceTimingBufferFullPending = true;
    lazySetImmediate(fireBufferFullEvent);
  }
  ArrayPrototypePush(resourceTimingSecondaryBuffer, entry);
}

function copySecondaryBuffer() {
  while (resourceTimingSecondaryBuffer.length > 0 &&
         resourceTimingBuffer.length < resourceTimingBufferSizeLimit) {
    ArrayPrototypePush(resourceTimingBuffer,
                       ArrayPrototypeShift(resourceTimingSecondaryBuffer));
  }
}

function fireBufferFullEvent() {
  const { performance } = require('internal/perf/performance');
  const { Event } = require('internal/event_target');
  while (resourceTimingSecondaryBuffer.length > 0) {
    const excessBefore = resourceTimingSecondaryBuffer.length;
    if (resourceTimingBuffer.length >= resourceTimingBufferSizeLimit) {
      performance.dispatchEvent(new Event('resourcetimingbufferfull'));
    }
    copySecondaryBuffer();
    if (excessBefore <= resourceTimingSecondaryBuffer.length) {
      resourceTimingSecondaryBuffer = [];
      break;
    }
  }
  resourceTimingBufferFullPending = false;
}

function setResourceTimingBufferSize(maxSize) {
  resourceTimingBufferSizeLimit = maxSize;
}

// The buffered entries named `name` (any if undefined) of type `type` (all
// buffered types if undefined), sorted by startTime (stable: marks, then
// measures, then resources for equal times).
function filterBufferMapByNameAndType(name, type) {
  let list;
  if (type === 'mark') {
    list = markEntryBuffer;
  } else if (type === 'measure') {
    list = measureEntryBuffer;
  } else if (type === 'resource') {
    list = resourceTimingBuffer;
  } else if (type !== undefined) {
    return [];
  } else {
    list = ArrayPrototypeConcat(markEntryBuffer, measureEntryBuffer,
                                resourceTimingBuffer);
  }
  if (name !== undefined) {
    list = ArrayPrototypeFilter(list, (entry) => entry[kName] === name);
  } else if (type !== undefined) {
    list = ArrayPrototypeSlice(list);
  }
  return ArrayPrototypeSort(list, compareStartTime);
}

// Removes the entries of `type` named `name` (all if undefined).
function clearEntriesFromBuffer(type, name) {
  const keep = (entry) => entry[kName] !== name;
  if (type === 'mark') {
    markEntryBuffer = name === undefined ? [] :
      ArrayPrototypeFilter(markEntryBuffer, keep);
  } else if (type === 'measure') {
    measureEntryBuffer = name === undefined ? [] :
      ArrayPrototypeFilter(measureEntryBuffer, keep);
  } else if (type === 'resource') {
    resourceTimingBuffer = name === undefined ? [] :
      ArrayPrototypeFilter(resourceTimingBuffer, keep);
  }
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  bufferResourceTiming,
  bufferUserTiming,
  clearEntriesFromBuffer,
  enqueue,
  startPerf,
  stopPerf,
  filterBufferMapByNameAndType,
  hasObserver,
  setResourceTimingBufferSize,
};
