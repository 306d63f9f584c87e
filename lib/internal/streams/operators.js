'use strict';

// The Readable operators (experimental in node 20, but present). map,
// filter, flatMap, drop, take, asIndexedPairs and compose return a stream
// (stream.js wraps each async generator in Readable.from); forEach,
// toArray, some, every, find and reduce return a promise. map() runs up to
// `concurrency` calls at once, keeps at most `highWaterMark` results
// waiting, and gives them out in input order.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  MathFloor,
  Number,
  NumberIsNaN,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  Symbol,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { kResistStopPropagation } = require('internal/events/symbols');
const { kWeakHandler } = require('internal/event_target');
const { deprecate } = require('internal/util');
const { finished } = require('internal/streams/end-of-stream');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { isNodeStream, isWritable } = require('internal/streams/utils');

let staticCompose;
let AbortController;
let AbortSignal;

// A mapped value that produces no output (filter, forEach).
const kSkip = Symbol('kEmpty');
// Queued after the last result.
const kEnd = Symbol('kEof');

function checkFunction(fn, name = 'fn') {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
  }
}

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

const isAborted = (options) => !!options?.signal?.aborted;

// --- map -----------------------------------------------------------------------

// The state of one map() over a stream: a pump that reads the source and
// starts calls, and a queue of their (promised) results that the consumer
// takes in order.
class MapRun {
  constructor(fn, concurrency, limit, signal) {
    this.fn = fn;
    this.concurrency = concurrency;
    // How many results may be queued.
    this.limit = limit;
    this.callOptions = { signal };
    this.signal = signal;
    this.queue = [];
    // Calls not settled yet.
    this.running = 0;
    // Set when the source is exhausted, a call failed or the consumer left.
    this.stopped = false;
    // The pump waiting for room, the consumer waiting for a result.
    this.wakePump = null;
    this.wakeConsumer = null;
    this.onSettled = () => {
      this.running--;
      this.maybeWakePump();
    };
    this.onFailed = () => {
      this.stopped = true;
      this.onSettled();
    };
  }

  maybeWakePump() {
    if (this.wakePump !== null && !this.stopped &&
        this.running < this.concurrency && this.queue.length < this.limit) {
      const wake = this.wakePump;
      this.wakePump = null;
      wake();
    }
  }

  notifyConsumer() {
    if (this.wakeConsumer !== null) {
      const wake = this.wakeConsumer;
      this.wakeConsumer = null;
      wake();
    }
  }

  enqueue(promise) {
    PromisePrototypeThen(promise, this.onSettled, this.onFailed);
    ArrayPrototypePush(this.queue, promise);
  }

  async pump(source) {
    try {
      for await (const value of source) {
        if (this.stopped) return;
        if (this.signal.aborted) throw new AbortError();

        let result;
        try {
          result = this.fn(value, this.callOptions);
          if (result === kSkip) continue;
          result = PromiseResolve(result);
        } catch (err) {
          result = PromiseReject(err);
        }
        this.running++;
        this.enqueue(result);
        this.notifyConsumer();

        if (!this.stopped && (this.queue.length >= this.limit ||
                              this.running >= this.concurrency)) {
          await new Promise((resolve) => {
            this.wakePump = resolve;
          });
        }
      }
      ArrayPrototypePush(this.queue, kEnd);
    } catch (err) {
      // The consumer rethrows it in order.
      this.enqueue(PromiseReject(err));
    } finally {
      this.stopped = true;
      this.notifyConsumer();
    }
  }

  consumed() {
    ArrayPrototypeShift(this.queue);
    this.maybeWakePump();
  }

  // The consumer is gone: let the pump see it and stop.
  close() {
    this.stopped = true;
    if (this.wakePump !== null) {
      const wake = this.wakePump;
      this.wakePump = null;
      wake();
    }
  }
}

function map(fn, options) {
  checkFunction(fn);
  checkOptions(options);

  const concurrency = options?.concurrency != null ?
    MathFloor(options.concurrency) : 1;
  const extra = options?.highWaterMark != null ?
    MathFloor(options.highWaterMark) : concurrency - 1;
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(extra, 'options.highWaterMark', 0);

  return async function* map() {
    AbortSignal ??= require('internal/abort_controller').AbortSignal;
    const signal = AbortSignal.any(options?.signal ? [options.signal] : []);
    const run = new MapRun(fn, concurrency, extra + concurrency, signal);
    run.pump(this);
    try {
      for (;;) {
        while (run.queue.length > 0) {
          const result = await run.queue[0];
          if (result === kEnd) return;
          if (signal.aborted) throw new AbortError();
          if (result !== kSkip) yield result;
          run.consumed();
        }
        await new Promise((resolve) => {
          run.wakeConsumer = resolve;
        });
      }
    } finally {
      run.close();
    }
  }.call(this);
}

// --- Operators built on map ------------------------------------------------------

function filter(fn, options) {
  checkFunction(fn);
  async function keepIfTrue(value, options) {
    return (await fn(value, options)) ? value : kSkip;
  }
  return map.call(this, keepIfTrue, options);
}

function flatMap(fn, options) {
  const mapped = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const iterable of mapped) yield* iterable;
  }.call(this);
}

async function forEach(fn, options) {
  checkFunction(fn);
  async function callFn(value, options) {
    await fn(value, options);
    return kSkip;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, callFn, options));
}

async function some(fn, options = undefined) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  checkFunction(fn);
  // Every value passes when none fails.
  const fails = async (...args) => !(await fn(...args));
  return !(await some.call(this, fails, options));
}

async function find(fn, options) {
  for await (const value of filter.call(this, fn, options)) return value;
  return undefined;
}

// --- Sequential operators ----------------------------------------------------------

function asIndexedPairs(options = undefined) {
  checkOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const value of this) {
      if (isAborted(options)) {
        throw new AbortError({ cause: options.signal.reason });
      }
      yield [index++, value];
    }
  }.call(this);
}

// Node's conversion for drop/take: NaN is 0, negatives throw, fractions
// and Infinity are kept.
function toCount(number) {
  number = Number(number);
  if (NumberIsNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  checkOptions(options);
  let left = toCount(number);
  return async function* drop() {
    if (isAborted(options)) throw new AbortError();
    for await (const value of this) {
      if (isAborted(options)) throw new AbortError();
      if (left-- <= 0) yield value;
    }
  }.call(this);
}

function take(number, options = undefined) {
  checkOptions(options);
  let left = toCount(number);
  return async function* take() {
    if (isAborted(options)) throw new AbortError();
    for await (const value of this) {
      if (isAborted(options)) throw new AbortError();
      if (left-- > 0) yield value;
      // Stop now rather than pull one more value from the source.
      if (left <= 0) return;
    }
  }.call(this);
}

async function toArray(options) {
  checkOptions(options);
  const values = [];
  for await (const value of this) {
    if (isAborted(options)) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    ArrayPrototypePush(values, value);
  }
  return values;
}

// ERR_MISSING_ARGS with reduce's message.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  checkFunction(reducer, 'reducer');
  checkOptions(options);
  let accumulating = arguments.length > 1;

  if (isAborted(options)) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // The promise reports it.
    await finished(this.destroy(err));
    throw err;
  }

  // The reducer's own signal, aborted when reduce() is over.
  AbortController ??= require('internal/abort_controller').AbortController;
  const controller = new AbortController();
  if (options?.signal) {
    options.signal.addEventListener('abort', () => controller.abort(), {
      once: true,
      [kWeakHandler]: this,
      [kResistStopPropagation]: true,
    });
  }

  let sawValue = false;
  try {
    for await (const value of this) {
      sawValue = true;
      if (isAborted(options)) throw new AbortError();
      if (accumulating) {
        initialValue = await reducer(initialValue, value,
                                     { signal: controller.signal });
      } else {
        initialValue = value;
        accumulating = true;
      }
    }
    if (!sawValue && !accumulating) throw new ReduceAwareErrMissingArgs();
  } finally {
    controller.abort();
  }
  return initialValue;
}

// --- compose -------------------------------------------------------------------

function compose(stream, options) {
  checkOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  staticCompose ??= require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  if (options?.signal) {
    // Validated above already.
    addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

module.exports.streamReturningOperators = {
  asIndexedPairs: deprecate(asIndexedPairs,
                            'readable.asIndexedPairs will be removed in a future version.'),
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
