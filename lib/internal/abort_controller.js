'use strict';

// AbortController and AbortSignal (globals): abort(reason), the 'abort'
// event and `onabort`, AbortSignal.abort/timeout/any, throwIfAborted; plus
// util.aborted() and the transferable* helpers: a transferable signal is a
// JSTransferable copy whose clones (in other threads too) abort with it,
// through a message port each.

const {
  ArrayIsArray,
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  PromiseResolve,
  SafeFinalizationRegistry,
  SafeSet,
  SafeWeakRef,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  defineEventHandler,
  EventTarget,
  Event,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateUint32,
} = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');
const {
  kDeserialize,
  kTransfer,
  kTransferList,
  makeTransferable,
} = require('internal/worker/js_transferable');

let inspect;
function lazyInspect(value, options) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value, options);
}

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kCloneData = Symbol('kCloneData');

const kEnumerable = { __proto__: null, enumerable: true };

// A timeout signal's timer is unref'ed and holds the signal only weakly, so
// that neither keeps the other (or the process) alive; the timer is cleared
// when the signal is collected. While such a signal has an 'abort' listener,
// this set holds it, so the listener still runs.
let timerRegistry;
const signalsKeptForListeners = new SafeSet();

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = ObjectAssign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${lazyInspect(obj, opts)}`;
}

function checkThisSignal(self) {
  if (self?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

function abortedError() {
  return new DOMException('This operation was aborted', 'AbortError');
}

// The timers module, not the globals: fake timers installed on globalThis
// do not drive AbortSignal.timeout() (as in node).
let timers;
function lazyTimers() {
  timers ??= require('timers');
  return timers;
}

function startTimeout(signalRef, delay) {
  const timer = lazyTimers().setTimeout(() => {
    const signal = signalRef.deref();
    if (signal === undefined) return;
    signalsKeptForListeners.delete(signal);
    abortSignal(signal, new DOMException(
      'The operation was aborted due to timeout', 'TimeoutError'));
  }, delay);
  timer.unref();
  return timer;
}

function validateSignalArray(value, name) {
  if (!ArrayIsArray(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  }
  for (let i = 0; i < value.length; i++) {
    const signal = value[i];
    const itemName = `${name}[${i}]`;
    if (signal == null) {
      throw new ERR_INVALID_ARG_TYPE(itemName, 'AbortSignal', signal);
    }
    validateAbortSignal(signal, itemName);
  }
}

class AbortSignal extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() {
    checkThisSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    checkThisSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkThisSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = abortedError()) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    timerRegistry ??= new SafeFinalizationRegistry(
      (timer) => lazyTimers().clearTimeout(timer));
    timerRegistry.register(signal,
                           startTimeout(new SafeWeakRef(signal), delay));
    return signal;
  }

  // A signal that aborts with the first of `signals` to abort. It follows
  // the non-composite sources of composite inputs directly, and holds them
  // and is held by them only weakly.
  static any(signals) {
    validateSignalArray(signals, 'signals');
    const result = createAbortSignal({ composite: true });
    if (!signals.length) return result;
    const resultRef = new SafeWeakRef(result);
    const sources = result[kSourceSignals] = new SafeSet();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      signal[kDependantSignals] ??= new SafeSet();
      if (!signal[kComposite]) {
        sources.add(new SafeWeakRef(signal));
        signal[kDependantSignals].add(resultRef);
      } else if (signal[kSourceSignals]) {
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (!source || sources.has(sourceRef)) continue;
          sources.add(sourceRef);
          source[kDependantSignals].add(resultRef);
        }
      }
    }
    return result;
  }

  // Only for signals made transferable (a JSTransferable copy): an aborted
  // one is sent as such, a live one with a port on which its reason
  // follows when it aborts.
  [kTransfer]() {
    checkThisSignal(this);
    if (this[kAborted]) {
      return {
        data: { aborted: true, reason: this[kReason] },
        deserializeInfo: 'internal/abort_controller:ClonedAbortSignal',
      };
    }
    const { port1, port2 } = this[kCloneData];
    this[kCloneData] = undefined;
    this.addEventListener('abort', () => {
      port1.postMessage(this[kReason]);
      port1.close();
    }, { once: true });
    return {
      data: { port: port2 },
      deserializeInfo: 'internal/abort_controller:ClonedAbortSignal',
    };
  }

  [kTransferList]() {
    if (this[kAborted]) return [];
    const { MessageChannel } = require('internal/worker/io');
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    port2.unref();
    this[kCloneData] = { port1, port2 };
    return [port2];
  }

  [kDeserialize]({ aborted, reason, port }) {
    if (aborted) {
      this[kAborted] = true;
      this[kReason] = reason;
      return;
    }
    port.onmessage = ({ data }) => {
      abortSignal(this, data);
      port.close();
      port.onmessage = undefined;
    };
    // The port never keeps the receiving thread alive by itself.
    port.unref();
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && size === 1 && !weak && !this.aborted &&
        firesLater(this)) {
      signalsKeptForListeners.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0 && firesLater(this)) {
      signalsKeptForListeners.delete(this);
    }
  }
}

// A timeout signal, or a composite one with live sources: something other
// than user code holding it may abort it.
function firesLater(signal) {
  return signal[kTimeout] ||
    (signal[kComposite] && signal[kSourceSignals]?.size);
}

ObjectDefineProperties(AbortSignal.prototype, {
  aborted: kEnumerable,
});
ObjectDefineProperty(AbortSignal.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'AbortSignal',
});
defineEventHandler(AbortSignal.prototype, 'abort');

// Signals are EventTargets re-prototyped, since the AbortSignal constructor
// is illegal to call.
function createAbortSignal(init = undefined) {
  const signal = new EventTarget();
  ObjectSetPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = init?.aborted ?? false;
  signal[kReason] = init?.reason;
  signal[kComposite] = init?.composite ?? false;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant) abortSignal(dependant, reason);
    }
  }
}

let setControllerSignal;

class AbortController {
  #signal;

  static {
    setControllerSignal = (controller, signal) => {
      controller.#signal = signal;
    };
  }

  get signal() {
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = abortedError()) {
    abortSignal(this.#signal ??= createAbortSignal(), reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

ObjectDefineProperties(AbortController.prototype, {
  signal: kEnumerable,
  abort: kEnumerable,
});
ObjectDefineProperty(AbortController.prototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'AbortController',
});

// The receiving side's new signal for a transferred one.
function ClonedAbortSignal() {
  return makeTransferable(createAbortSignal());
}
ClonedAbortSignal.prototype = AbortSignal.prototype;

// util.transferableAbortSignal(): a transferable copy of `signal` (as in
// node, a new object sharing the listeners the signal had).
function transferableAbortSignal(signal) {
  if (signal?.[kAborted] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return makeTransferable(signal);
}

function transferableAbortController() {
  const controller = new AbortController();
  setControllerSignal(controller, transferableAbortSignal(controller.signal));
  return controller;
}

// util.aborted(signal, resource): resolves when the signal aborts, listening
// only as long as `resource` lives.
async function aborted(signal, resource) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (resource === null ||
      (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'Object', resource);
  }
  if (signal.aborted) return PromiseResolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, {
      __proto__: null,
      [kWeakHandler]: resource,
      once: true,
      [kResistStopPropagation]: true,
    });
  });
}

module.exports = {
  AbortController,
  AbortSignal,
  ClonedAbortSignal,
  aborted,
  transferableAbortSignal,
  transferableAbortController,
};
