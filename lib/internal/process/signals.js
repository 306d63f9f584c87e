'use strict';

// process.on('SIGINT' | 'SIGTERM' | ...): the first listener of a signal
// starts a Signal watcher (src/signal_wrap.cc), removing the last one
// closes it, which gives the signal back its default action. The watchers
// are unref'ed: listening for a signal does not keep the process alive.
// Listeners get (name, number), as in node.

const {
  FunctionPrototypeBind,
  ObjectPrototypeHasOwnProperty,
  SafeMap,
} = primordials;

const signalWraps = new SafeMap();
let signals;

function signalNumber(type) {
  if (typeof type !== 'string') return undefined;
  signals ??= internalBinding('constants').os.signals;
  // Own names only: process.on('__proto__') is an ordinary event.
  return ObjectPrototypeHasOwnProperty(signals, type) ? signals[type] :
    undefined;
}

function startListeningIfSignal(type) {
  const signum = signalNumber(type);
  if (signum === undefined || signalWraps.has(type)) return;
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = FunctionPrototypeBind(process.emit, process, type, type);
  const err = wrap.start(signum);
  if (err) {
    wrap.close();
    const { ErrnoException } = require('internal/errors');
    throw new ErrnoException(err, 'uv_signal_start');
  }
  signalWraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = signalWraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalWraps.delete(type);
  }
}

module.exports = { startListeningIfSignal, stopListeningIfSignal };
