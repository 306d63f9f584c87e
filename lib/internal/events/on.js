'use strict';

// events.on(emitter, name, options): an async iterator over `name` events,
// buffering events nobody awaits yet (pausing the emitter above
// highWaterMark and resuming it below lowWaterMark), ended by 'error', by a
// `close` event, by return() or by the signal.

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  NumberMAX_SAFE_INTEGER,
  ObjectFreeze,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  PromiseReject,
  PromiseResolve,
  SymbolAsyncIterator,
  SymbolFor,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
} = require('internal/validators');
const { addAbortListener } = require('internal/events/abort_listener');
const { kFirstEventParam } = require('internal/events/symbols');
const {
  addListenerAgnostic,
  removeListenerAgnostic,
} = require('internal/events/listen');

const kNoOptions = ObjectFreeze({ __proto__: null });
const kWatermarkData = SymbolFor('nodejs.watermarkData');
const kDispose = SymbolFor('nodejs.dispose');
const AsyncIteratorPrototype = ObjectGetPrototypeOf(
  ObjectGetPrototypeOf(async function* () {}).prototype);

// FIFO with amortised O(1) shift; holds only lib-created values.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  get length() {
    return this.items.length - this.head;
  }
  push(item) {
    ArrayPrototypePush(this.items, item);
  }
  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = ArrayPrototypeSlice(this.items, this.head);
      this.head = 0;
    }
    return item;
  }
}

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = kNoOptions) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  // highWatermark/lowWatermark: the spellings of earlier releases.
  const high = options.highWaterMark ?? options.highWatermark ??
    NumberMAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);

  const events = new Queue();
  const waiters = new Queue();
  let paused = false;
  let pendingError = null;
  let finished = false;
  const attached = [];

  function listen(target, name, handler) {
    addListenerAgnostic(target, name, handler);
    ArrayPrototypePush(attached, [target, name, handler]);
  }

  function detachAll() {
    while (attached.length > 0) {
      const { 0: target, 1: name, 2: handler } = ArrayPrototypePop(attached);
      removeListenerAgnostic(target, name, handler);
    }
  }

  function onValue(value) {
    if (waiters.length > 0) {
      waiters.shift().resolve(iterResult(value, false));
      return;
    }
    if (!paused && events.length + 1 > high) {
      paused = true;
      emitter.pause();
    }
    events.push(value);
  }

  function onError(err) {
    if (waiters.length > 0) {
      waiters.shift().reject(err);
    } else {
      pendingError = err;
    }
    finish();
  }

  let abortDisposable = null;
  function finish() {
    abortDisposable?.[kDispose]();
    detachAll();
    finished = true;
    const done = iterResult(undefined, true);
    while (waiters.length > 0) waiters.shift().resolve(done);
    return PromiseResolve(done);
  }

  const iterator = ObjectSetPrototypeOf({
    next() {
      if (events.length > 0) {
        const value = events.shift();
        if (paused && events.length < low) {
          emitter.resume();
          paused = false;
        }
        return PromiseResolve(iterResult(value, false));
      }
      if (pendingError) {
        // Reported once; later calls see the iterator as done.
        const rejected = PromiseReject(pendingError);
        pendingError = null;
        return rejected;
      }
      if (finished) return finish();
      return new Promise((resolve, reject) => {
        waiters.push({ resolve, reject });
      });
    },
    return() {
      return finish();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator',
                                       'Error', err);
      }
      onError(err);
    },
    [SymbolAsyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() {
        return events.length;
      },
      get low() {
        return low;
      },
      get high() {
        return high;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, options[kFirstEventParam] ? onValue :
    function(...args) {
      return onValue(args);
    });
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(emitter, 'error', onError);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      listen(emitter, closeEvents[i], finish);
    }
  }
  if (signal) {
    abortDisposable = addAbortListener(signal, () => {
      onError(new AbortError(undefined, { cause: signal?.reason }));
    });
  }
  return iterator;
}

module.exports = {
  on,
};
