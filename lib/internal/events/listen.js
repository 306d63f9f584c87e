'use strict';

// Adds and removes a listener on either an EventEmitter (on/once/
// removeListener) or an EventTarget (addEventListener/removeEventListener),
// for events.once() and events.on(), which accept both.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

function addListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) {
      emitter.once(name, listener);
    } else {
      emitter.on(name, listener);
    }
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

module.exports = {
  addListenerAgnostic,
  removeListenerAgnostic,
};
