'use strict';

// timers/promises: setTimeout, setImmediate, setInterval (an async
// iterator) and scheduler.wait/yield, all cancellable with an AbortSignal.

const {
  FunctionPrototypeBind,
  Promise,
  PromiseReject,
  PromiseWithResolvers,
  ReflectConstruct,
  SafePromisePrototypeFinally,
  Symbol,
} = primordials;

const {
  Timeout,
  Immediate,
  insert,
  clearTimeout,
  clearImmediate,
} = require('internal/timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
  validateNumber,
} = require('internal/validators');

const kScheduler = Symbol('kScheduler');
let kResistStopPropagation;

function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(new AbortError(undefined, { cause: signal?.reason }));
  }
}

function validateOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function addAbortListener(signal, listener) {
  kResistStopPropagation ??=
    require('internal/events/symbols').kResistStopPropagation;
  signal.addEventListener('abort', listener, {
    __proto__: null, once: true, [kResistStopPropagation]: true,
  });
}

function withResolvers() {
  if (PromiseWithResolvers !== undefined) return PromiseWithResolvers();
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setTimeout(after, value, options = {}) {
  try {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    const { signal, ref } = validateOptions(options);
    if (signal?.aborted) {
      return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
    }
    let oncancel;
    const { promise, resolve, reject } = withResolvers();
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      oncancel = FunctionPrototypeBind(cancelListenerHandler, timeout,
                                       clearTimeout, reject, signal);
      addAbortListener(signal, oncancel);
    }
    return oncancel !== undefined ?
      SafePromisePrototypeFinally(
        promise, () => signal.removeEventListener('abort', oncancel)) :
      promise;
  } catch (err) {
    return PromiseReject(err);
  }
}

function setImmediate(value, options = {}) {
  try {
    const { signal, ref } = validateOptions(options);
    if (signal?.aborted) {
      return PromiseReject(new AbortError(undefined, { cause: signal.reason }));
    }
    let oncancel;
    const { promise, resolve, reject } = withResolvers();
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = FunctionPrototypeBind(cancelListenerHandler, immediate,
                                       clearImmediate, reject, signal);
      addAbortListener(signal, oncancel);
    }
    return oncancel !== undefined ?
      SafePromisePrototypeFinally(
        promise, () => signal.removeEventListener('abort', oncancel)) :
      promise;
  } catch (err) {
    return PromiseReject(err);
  }
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (typeof after !== 'undefined') validateNumber(after, 'delay');
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  let onCancel;
  let interval;
  try {
    // Ticks that fired while nobody awaited are counted, not lost.
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        clearTimeout(interval);
        if (callback) {
          callback(PromiseReject(
            new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      addAbortListener(signal, onCancel);
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}


module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: ReflectConstruct(function() {
    this[kScheduler] = true;
  }, [], Scheduler),
};
