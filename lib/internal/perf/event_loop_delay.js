'use strict';

// perf_hooks.monitorEventLoopDelay([{ resolution }]): an IntervalHistogram
// (class ELDHistogram) that, while enabled, records every `resolution` ms
// the nanoseconds since its previous sample, from an unref'ed interval
// timer: the loop's delay shows as samples longer than the resolution.
// Like node, the first sample after enable() measures from the last sample
// taken before disable().

const {
  SafeMap,
  Symbol,
} = primordials;

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateInteger, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  Histogram,
  HistogramHandle,
  kHandle,
  kMap,
  newHistogramObject,
} = require('internal/perf/histogram');

const kEnabled = Symbol('kEnabled');
// Beyond this, a timer would fire at once; node's libuv timer never fires.
const kTimeoutMax = 2 ** 31 - 1;
// node's event loop delay histogram: 1 ns to 1 hour, 3 figures.
const kHighest = 3600 * 1e9;

let timers;
function lazyTimers() {
  timers ??= require('timers');
  return timers;
}

function checkELD(object) {
  if (object?.[kEnabled] === undefined) {
    throw new ERR_INVALID_THIS('ELDHistogram');
  }
}

class ELDHistogram extends Histogram {
  constructor(i) {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  enable() {
    checkELD(this);
    if (this[kEnabled]) return false;
    this[kEnabled] = true;
    const handle = this[kHandle];
    handle.timer = lazyTimers().setInterval(() => handle.recordDelta(),
                                            handle.resolution);
    handle.timer.unref();
    return true;
  }

  disable() {
    checkELD(this);
    if (!this[kEnabled]) return false;
    this[kEnabled] = false;
    const handle = this[kHandle];
    lazyTimers().clearInterval(handle.timer);
    handle.timer = undefined;
    return true;
  }
}

function monitorEventLoopDelay(options = kEmptyObject) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const handle = new HistogramHandle(1, kHighest, 3);
  handle.resolution = resolution < kTimeoutMax ? resolution : kTimeoutMax;
  handle.timer = undefined;
  const histogram = newHistogramObject(ELDHistogram);
  histogram[kEnabled] = false;
  histogram[kHandle] = handle;
  histogram[kMap] = new SafeMap();
  return histogram;
}

module.exports = {
  ELDHistogram,
  monitorEventLoopDelay,
};
