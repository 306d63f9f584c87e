'use strict';

// events.once(emitter, name, { signal }): a promise for the arguments of the
// next `name` event (rejected by an 'error' event or by the signal).

const {
  ObjectFreeze,
  Promise,
} = primordials;

const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { kResistStopPropagation } = require('internal/events/symbols');
const {
  addListenerAgnostic,
  removeListenerAgnostic,
} = require('internal/events/listen');

const kNoOptions = ObjectFreeze({ __proto__: null });

async function once(emitter, name, options = kNoOptions) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) {
        removeListenerAgnostic(signal, 'abort', onAbort);
      }
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', onError);
      }
      if (signal != null) {
        removeListenerAgnostic(signal, 'abort', onAbort);
      }
      resolve(args);
    };
    function onAbort() {
      removeListenerAgnostic(emitter, name, onEvent);
      removeListenerAgnostic(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }

    const flags = { __proto__: null, once: true, [kResistStopPropagation]: true };
    addListenerAgnostic(emitter, name, onEvent, flags);
    // Only EventEmitters have 'error' semantics; an EventTarget's 'error'
    // event is just an event.
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', onError);
    }
    if (signal != null) {
      addListenerAgnostic(signal, 'abort', onAbort, flags);
    }
  });
}

module.exports = {
  once,
};
