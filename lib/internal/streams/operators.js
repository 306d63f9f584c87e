'use strict';

// The Readable operators (experimental in node 20, but there): map, filter,
// flatMap, drop, take, asIndexedPairs and compose return a new stream
// (stream.js wraps each in Readable.from); forEach, toArray, some, every,
// find and reduce return a promise. map runs up to `concurrency` calls at
// once and keeps the output in input order.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  MathFloor,
  Number,
  NumberIsNaN,
  Promise,
  PromiseReject,
  PromiseResolve,
  PromisePrototypeThen,
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
const { isWritable, isNodeStream } = require('internal/streams/utils');

let staticCompose;
let AbortController;
let AbortSignal;

// A map result that produces no output (filter and forEach use it).
const kEmpty = Symbol('kEmpty');
// Queued after the last result.
const kEof = Symbol('kEof');

function validateFn(fn, name = 'fn') {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
  }
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function compose(stream, options) {
  validateOptions(options);

  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }

  staticCompose ??= require('internal/streams/compose');
  const composedStream = staticCompose(this, stream);

  if (options?.signal) {
    // Not validated again: it was above.
    addAbortSignalNoValidate(options.signal, composedStream);
  }

  return composedStream;
}

function map(fn, options) {
  validateFn(fn);
  validateOptions(options);

  let concurrency = 1;
  if (options?.concurrency != null) {
    concurrency = MathFloor(options.concurrency);
  }

  // How many results may wait for the consumer (besides those running).
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) {
    highWaterMark = MathFloor(options.highWaterMark);
  }

  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);

  highWaterMark += concurrency;

  return async function* map() {
    AbortSignal ??= require('internal/abort_controller').AbortSignal;
    const signal = AbortSignal.any(options?.signal ? [options.signal] : []);
    const stream = this;
    // Promises of results, in input order, then kEof.
    const queue = [];
    const signalOpt = { signal };

    // Wakes the consumer waiting for the queue to grow.
    let wakeConsumer;
    // Wakes the pump waiting for room.
    let wakePump;
    let done = false;
    // Calls of fn that have not settled.
    let running = 0;

    function onSettled() {
      running -= 1;
      maybeResumePump();
    }

    function onFailed() {
      done = true;
      onSettled();
    }

    function maybeResumePump() {
      if (wakePump && !done && running < concurrency &&
          queue.length < highWaterMark) {
        wakePump();
        wakePump = null;
      }
    }

    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;

          if (signal.aborted) throw new AbortError();

          try {
            val = fn(val, signalOpt);
            if (val === kEmpty) continue;
            val = PromiseResolve(val);
          } catch (err) {
            val = PromiseReject(err);
          }

          running += 1;
          PromisePrototypeThen(val, onSettled, onFailed);
          ArrayPrototypePush(queue, val);

          if (wakeConsumer) {
            wakeConsumer();
            wakeConsumer = null;
          }

          if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
            await new Promise((resolve) => {
              wakePump = resolve;
            });
          }
        }
        ArrayPrototypePush(queue, kEof);
      } catch (err) {
        const val = PromiseReject(err);
        PromisePrototypeThen(val, onSettled, onFailed);
        ArrayPrototypePush(queue, val);
      } finally {
        done = true;
        if (wakeConsumer) {
          wakeConsumer();
          wakeConsumer = null;
        }
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];

          if (val === kEof) return;

          if (signal.aborted) throw new AbortError();

          if (val !== kEmpty) yield val;

          ArrayPrototypeShift(queue);
          maybeResumePump();
        }

        await new Promise((resolve) => {
          wakeConsumer = resolve;
        });
      }
    } finally {
      // The consumer stopped (or failed): stop pumping.
      done = true;
      if (wakePump) {
        wakePump();
        wakePump = null;
      }
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);

  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options?.signal?.aborted) {
        throw new AbortError({ cause: options.signal.reason });
      }
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn);
  // every(fn) is !some(!fn).
  return !(await some.call(this, async (...args) => {
    return !(await fn(...args));
  }, options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn);
  async function forEachFn(value, options) {
    await fn(value, options);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFn(fn);
  async function filterFn(value, options) {
    if (await fn(value, options)) {
      return value;
    }
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// ERR_MISSING_ARGS with reduce's own message.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // The error is reported by the promise.
    await finished(this.destroy(err));
    throw err;
  }
  AbortController ??= require('internal/abort_controller').AbortController;
  const ac = new AbortController();
  const signal = ac.signal;
  if (options?.signal) {
    const opts = {
      once: true,
      [kWeakHandler]: this,
      [kResistStopPropagation]: true,
    };
    options.signal.addEventListener('abort', () => ac.abort(), opts);
  }
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) {
        throw new AbortError();
      }
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) {
      throw new ReduceAwareErrMissingArgs();
    }
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);

  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    ArrayPrototypePush(result, val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) {
      yield* val;
    }
  }.call(this);
}

function toIntegerOrInfinity(number) {
  // Not spec-exact: node's conversion, which keeps fractions.
  number = Number(number);
  if (NumberIsNaN(number)) {
    return 0;
  }
  if (number < 0) {
    throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  }
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) {
      throw new AbortError();
    }
    for await (const val of this) {
      if (options?.signal?.aborted) {
        throw new AbortError();
      }
      if (number-- <= 0) {
        yield val;
      }
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) {
      throw new AbortError();
    }
    for await (const val of this) {
      if (options?.signal?.aborted) {
        throw new AbortError();
      }
      if (number-- > 0) {
        yield val;
      }

      // Stop here rather than pull one more value from the source.
      if (number <= 0) {
        return;
      }
    }
  }.call(this);
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
