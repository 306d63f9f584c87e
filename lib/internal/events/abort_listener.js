'use strict';

// events.addAbortListener(signal, listener): listens for 'abort' even when
// another listener stops propagation; returns a disposable that removes it.

const {
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
} = require('internal/validators');
const { kResistStopPropagation } = require('internal/events/symbols');

// Symbol.dispose as node 20 defines it where the engine has none.
const kDispose = SymbolFor('nodejs.dispose');

let queueMicrotask;

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let remove;
  if (signal.aborted) {
    // Already aborted: call it soon, but never synchronously.
    queueMicrotask ??= require('internal/process/task_queues').queueMicrotask;
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, {
      __proto__: null, once: true, [kResistStopPropagation]: true,
    });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDispose]() {
      remove?.();
    },
  };
}

module.exports = {
  addAbortListener,
};
