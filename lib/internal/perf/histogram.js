'use strict';

// Histogram and RecordableHistogram (perf_hooks.createHistogram()), over
// the HdrHistogram of internal/perf/hdr_histogram. A histogram's "handle"
// holds the HdrHistogram plus node's own counters: `count` (values
// recorded), `exceeds` (values beyond the range) and the time of the last
// recordDelta().
// Histograms are cloneable (postMessage, structuredClone): on the same
// thread the clone shares the handle with the original (as node's share
// their native histogram); on another thread it gets a copy of it. Any
// histogram's clone is a Histogram, a RecordableHistogram's a
// RecordableHistogram.

const {
  BigInt,
  MapPrototypeEntries,
  MathRound,
  Number,
  NumberIsNaN,
  NumberMAX_SAFE_INTEGER,
  ObjectFromEntries,
  ObjectSetPrototypeOf,
  ReflectConstruct,
  RangeError,
  SafeMap,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { HdrHistogram, kInt64Max } = require('internal/perf/hdr_histogram');
const { inspectFields, kInspect } = require('internal/perf/performance_entry');
const { now } = require('internal/perf/utils');
const {
  JSTransferable,
  kClone,
  kDeserialize,
  shareLocally,
  takeShared,
} = require('internal/worker/js_transferable');

const kHandle = Symbol('kHandle');
const kMap = Symbol('kMap');
const kRecordable = Symbol('kRecordable');

// The numbers behind one histogram (node's C++ Histogram).
class HistogramHandle {
  constructor(lowest, highest, figures) {
    this.hdr = new HdrHistogram(lowest, highest, figures);
    this.count = 0;
    this.exceeds = 0;
    this.prevNs = 0;
  }

  record(value) {
    if (this.hdr.recordValues(value, 1)) {
      this.count++;
    } else {
      this.exceeds++;
    }
  }

  // Records the nanoseconds since the previous call (none the first time).
  recordDelta() {
    const time = now() * 1e6;
    if (this.prevNs > 0) {
      const delta = time - this.prevNs;
      this.record(delta > 0 ? MathRound(delta) : 0);
    }
    this.prevNs = time;
  }

  add(other) {
    this.count += other.count;
    this.exceeds += other.exceeds;
    if (other.prevNs > this.prevNs) this.prevNs = other.prevNs;
    this.hdr.add(other.hdr);
  }

  reset() {
    this.hdr.reset();
    this.count = 0;
    this.exceeds = 0;
    this.prevNs = 0;
  }
}

function isHistogram(object) {
  return object?.[kHandle] !== undefined;
}

function isRecordableHistogram(object) {
  return object?.[kRecordable] !== undefined;
}

function checkHistogram(object) {
  if (!isHistogram(object)) throw new ERR_INVALID_THIS('Histogram');
}

function checkRecordable(object) {
  if (!isRecordableHistogram(object)) {
    throw new ERR_INVALID_THIS('RecordableHistogram');
  }
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (NumberIsNaN(percentile) || percentile <= 0 || percentile > 100) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

class Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() {
    checkHistogram(this);
    return this[kHandle].count;
  }

  get countBigInt() {
    checkHistogram(this);
    return BigInt(this[kHandle].count);
  }

  get min() {
    checkHistogram(this);
    return this[kHandle].hdr.min();
  }

  get minBigInt() {
    checkHistogram(this);
    return this[kHandle].hdr.minBigInt();
  }

  get max() {
    checkHistogram(this);
    return this[kHandle].hdr.max();
  }

  get maxBigInt() {
    checkHistogram(this);
    return this[kHandle].hdr.maxBigInt();
  }

  get mean() {
    checkHistogram(this);
    return this[kHandle].hdr.mean();
  }

  get exceeds() {
    checkHistogram(this);
    return this[kHandle].exceeds;
  }

  get exceedsBigInt() {
    checkHistogram(this);
    return BigInt(this[kHandle].exceeds);
  }

  get stddev() {
    checkHistogram(this);
    return this[kHandle].hdr.stddev();
  }

  percentile(percentile) {
    checkHistogram(this);
    validatePercentile(percentile);
    return this[kHandle].hdr.valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) {
    checkHistogram(this);
    validatePercentile(percentile);
    return this[kHandle].hdr.valueAtPercentileBigInt(percentile);
  }

  // One Map per histogram, refilled on each read (as node does).
  get percentiles() {
    checkHistogram(this);
    const map = this[kMap];
    map.clear();
    this[kHandle].hdr.percentiles((key, value) => map.set(key, value));
    return map;
  }

  get percentilesBigInt() {
    checkHistogram(this);
    const map = this[kMap];
    map.clear();
    this[kHandle].hdr.percentiles((key, value) => map.set(key, BigInt(value)));
    return map;
  }

  reset() {
    checkHistogram(this);
    this[kHandle].reset();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectFields('Histogram', {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, depth, options);
  }

  [kClone]() {
    const handle = this[kHandle];
    return {
      data: {
        shared: shareLocally(handle),
        handle: {
          hdr: handle.hdr,
          count: handle.count,
          exceeds: handle.exceeds,
          prevNs: handle.prevNs,
        },
      },
      deserializeInfo: this[kRecordable] === undefined ?
        'internal/perf/histogram:ClonedHistogram' :
        'internal/perf/histogram:ClonedRecordableHistogram',
    };
  }

  [kDeserialize]({ shared, handle }) {
    let own = takeShared(shared);
    if (own === undefined) {
      own = handle;
      ObjectSetPrototypeOf(own, HistogramHandle.prototype);
      ObjectSetPrototypeOf(own.hdr, HdrHistogram.prototype);
    }
    this[kHandle] = own;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: ObjectFromEntries(MapPrototypeEntries(this.percentiles)),
    };
  }
}

class RecordableHistogram extends Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  record(val) {
    checkRecordable(this);
    if (typeof val === 'bigint') {
      if (val < 1n || val > kInt64Max) {
        const error = new RangeError('value is out of range');
        error.code = 'ERR_OUT_OF_RANGE';
        throw error;
      }
      this[kHandle].record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this[kHandle].record(val);
  }

  recordDelta() {
    checkRecordable(this);
    this[kHandle].recordDelta();
  }

  add(other) {
    checkRecordable(this);
    if (other[kRecordable] === undefined) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    this[kHandle].add(other[kHandle]);
  }
}

// Instances are made without running the constructors, which throw for
// users. node's RecordableHistogram also has an own enumerable
// `constructor`; kept for the same Object.keys().
// They are JSTransferables (newHistogramObject), so that they can be cloned.
function newHistogramObject(Class) {
  return ReflectConstruct(JSTransferable, [], Class);
}

function createRecordableHistogram(handle) {
  const histogram = newHistogramObject(RecordableHistogram);
  histogram.constructor = RecordableHistogram;
  histogram[kRecordable] = true;
  histogram[kMap] = new SafeMap();
  histogram[kHandle] = handle;
  return histogram;
}

function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  const {
    lowest = 1,
    highest = NumberMAX_SAFE_INTEGER,
    figures = 3,
  } = options;
  if (typeof lowest !== 'bigint') {
    validateInteger(lowest, 'options.lowest', 1, NumberMAX_SAFE_INTEGER);
  }
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * lowest,
                    NumberMAX_SAFE_INTEGER);
  } else {
    // A BigInt `highest` needs a BigInt `lowest` (mixing them is the
    // TypeError of the arithmetic, as in node). node aborts on BigInt
    // bounds HdrHistogram rejects; we throw.
    const minHighest = 2n * lowest;
    if (lowest < 1n || lowest > kInt64Max / 2n) {
      throw new ERR_OUT_OF_RANGE('options.lowest',
                                 `>= 1 && <= ${kInt64Max / 2n}`, lowest);
    }
    if (highest < minHighest || highest > kInt64Max) {
      throw new ERR_OUT_OF_RANGE('options.highest',
                                 `>= ${minHighest} && <= ${kInt64Max}`,
                                 highest);
    }
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return createRecordableHistogram(
    new HistogramHandle(lowest, highest, figures));
}

// The receiving side's new objects for clones (the handle comes with
// [kDeserialize]).
function ClonedHistogram() {
  const histogram = newHistogramObject(Histogram);
  histogram[kMap] = new SafeMap();
  return histogram;
}
ClonedHistogram.prototype = Histogram.prototype;

function ClonedRecordableHistogram() {
  return createRecordableHistogram(undefined);
}
ClonedRecordableHistogram.prototype = RecordableHistogram.prototype;

// Records nanoseconds from lib/ (timerify): no validation, 0 allowed.
function recordNanoseconds(histogram, value) {
  histogram[kHandle].record(value);
}

module.exports = {
  ClonedHistogram,
  ClonedRecordableHistogram,
  Histogram,
  HistogramHandle,
  RecordableHistogram,
  createHistogram,
  isHistogram,
  isRecordableHistogram,
  kHandle,
  kMap,
  kRecordable,
  newHistogramObject,
  recordNanoseconds,
};
