'use strict';

// performance.timerify(fn[, { histogram }]): a wrapper that times each call
// of fn (or `new fn`), reports a 'function' entry to observers (never to the
// timeline buffers) and records the duration in nanoseconds in the histogram.
// A returned promise-like is timed until it settles.

const {
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  MathCeil,
  ObjectDefineProperties,
  ReflectApply,
  ReflectConstruct,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  createPerformanceNodeEntry,
} = require('internal/perf/performance_entry');
const { enqueue } = require('internal/perf/observe');
const { isRecordableHistogram, recordNanoseconds } =
  require('internal/perf/histogram');
const { now } = require('internal/perf/utils');

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) {
    recordNanoseconds(histogram, MathCeil(duration * 1e6));
  }
  const entry = createPerformanceNodeEntry(name, 'function', start, duration,
                                           args);
  // node also exposes the arguments as the entry's own indices.
  for (let i = 0; i < args.length; i++) {
    entry[i] = args[i];
  }
  enqueue(entry);
}

function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !isRecordableHistogram(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram',
                                   histogram);
  }

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ?
      ReflectConstruct(fn, args, fn) :
      ReflectApply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return FunctionPrototypeCall(
        result.finally, result,
        FunctionPrototypeBind(processComplete, result, fn.name, start, args,
                              histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }

  ObjectDefineProperties(timerified, {
    length: {
      __proto__: null,
      configurable: false,
      enumerable: true,
      value: fn.length,
    },
    name: {
      __proto__: null,
      configurable: false,
      enumerable: true,
      value: `timerified ${fn.name}`,
    },
  });
  return timerified;
}

module.exports = { timerify };
