'use strict';

// The `events` module: EventEmitter (listeners kept in `this._events`, one
// function or an array per event name, as node keeps them: user libraries read
// those fields), its statics, and re-exports of once/on/addAbortListener.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  ArrayPrototypeIndexOf,
  Boolean,
  Error,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  MathMin,
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ReflectApply,
  ReflectOwnKeys,
  String,
  StringPrototypeSplit,
  Symbol,
  SymbolFor,
} = primordials;

const errors = require('internal/errors');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
} = errors;
const {
  validateBoolean,
  validateFunction,
  validateNumber,
} = require('internal/validators');
const { addAbortListener } = require('internal/events/abort_listener');
const { once } = require('internal/events/once');
const { on } = require('internal/events/on');

let inspect;
function lazyInspect(value, options) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value, options);
}

const kRejection = SymbolFor('nodejs.rejection');
const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned =
  Symbol('events.maxEventTargetListenersWarned');

// Listeners beyond this count per event name print a leak warning.
let defaultMaxListeners = 10;

// An EventEmitter is a plain function so that pre-class code can still do
// `EventEmitter.call(this)` + `util.inherits(Ctor, EventEmitter)`.
function EventEmitter(opts) {
  FunctionPrototypeCall(EventEmitter.init, this, opts);
}

// The statics are assigned in node's order: Object.keys(require('events'))
// is observable.
module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

ObjectDefineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  enumerable: true,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
});

let EventEmitterAsyncResource;
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    EventEmitterAsyncResource ??=
      require('internal/events/async_resource').makeEventEmitterAsyncResource(
        EventEmitter);
    return EventEmitterAsyncResource;
  },
  set: undefined,
});

EventEmitter.errorMonitor = kErrorMonitor;

ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});

ObjectDefineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned,
  },
});

let isEventTarget;
function lazyIsEventTarget(value) {
  isEventTarget ??= require('internal/event_target').isEventTarget;
  return isEventTarget(value);
}

// events.setMaxListeners(n, ...targets): without targets it changes the
// default of every emitter (and every EventTarget created afterwards).
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (lazyIsEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets',
                                     ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Kept public: domain and some libraries replace or call it.
EventEmitter.init = function(opts) {
  // An instance whose _events were set up before init (a subclass field, or a
  // prototype that carries its own _events) keeps its shape: removed names are
  // set to undefined instead of deleted.
  if (this._events === undefined ||
      this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return FunctionPrototypeCall(listenerCount, emitter, type);
};

ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
});
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function effectiveMaxListeners(emitter) {
  const n = emitter._maxListeners;
  return n === undefined ? EventEmitter.defaultMaxListeners : n;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return effectiveMaxListeners(this);
};

// captureRejections: a listener that returns a thenable has its rejection
// routed to emitter[Symbol.for('nodejs.rejection')] or to 'error'.
function watchResult(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = result.then;
    if (typeof then !== 'function') return;
    FunctionPrototypeCall(then, result, undefined, (err) => {
      // On the next tick, so that a throwing handler is not a rejection of
      // this promise chain.
      process.nextTick(deliverRejection, emitter, err, type, args);
    });
  } catch (err) {
    emitter.emit('error', err);
  }
}

function deliverRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    ReflectApply(emitter[kRejection], emitter, [err, type, ...args]);
    return;
  }
  // Capturing stays off while 'error' is emitted, or a rejecting 'error'
  // listener would loop forever.
  const saved = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = saved;
  }
}

// Index and length of the first run of more than 3 equal lines of `a` found
// in `b`; used to shorten the "Emitted 'error' event at:" stack.
function commonRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = ArrayPrototypeIndexOf(b, a[i]);
    if (at === -1 || b.length - at <= 3) continue;
    const max = MathMin(a.length - i, b.length - at);
    let len = 1;
    while (len < max && a[i + len] === b[at + len]) len++;
    if (len > 3) return { start: i, len };
  }
  return { start: 0, len: 0 };
}

// Bound to (emitter, error, capture): called by the uncaught-exception printer
// to append where the unhandled 'error' was emitted.
function errorStackWithEmitSite(error, site) {
  let onWhat = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') onWhat = ` on ${name} instance`;
  } catch {
    // A hostile constructor getter only loses the class name.
  }
  const errorFrames = ArrayPrototypeSlice(
    StringPrototypeSplit(error.stack, '\n'), 1);
  const siteFrames = ArrayPrototypeSlice(
    StringPrototypeSplit(site.stack, '\n'), 1);
  const { start, len } = commonRun(siteFrames, errorFrames);
  if (len > 0) {
    ArrayPrototypeSplice(siteFrames, start + 1, len - 2,
                         '    [... lines matching original stack trace ...]');
  }
  return `${error.stack}\nEmitted 'error' event${onWhat} at:\n` +
    ArrayPrototypeJoin(siteFrames, '\n');
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let unhandledError = type === 'error';
  if (events !== undefined) {
    if (unhandledError && events[kErrorMonitor] !== undefined) {
      ReflectApply(this.emit, this, [kErrorMonitor, ...args]);
    }
    unhandledError = unhandledError && events.error === undefined;
  } else if (!unhandledError) {
    return false;
  }

  if (unhandledError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      const { kEnhanceStackBeforeInspector } = errors;
      if (kEnhanceStackBeforeInspector !== undefined) {
        try {
          const site = {};
          ErrorCaptureStackTrace(site, EventEmitter.prototype.emit);
          ObjectDefineProperty(er, kEnhanceStackBeforeInspector, {
            __proto__: null,
            value: FunctionPrototypeBind(errorStackWithEmitSite, this, er, site),
            configurable: true,
          });
        } catch {
          // A frozen error is thrown as it is.
        }
      }
      // The uncaught-exception printer shows this source line.
      throw er; // Unhandled 'error' event
    }
    let shown;
    try {
      shown = lazyInspect(er);
    } catch {
      shown = er;
    }
    const err = new ERR_UNHANDLED_ERROR(shown);
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) {
      watchResult(this, result, type, args);
    }
    return true;
  }
  // A copy: listeners added or removed while emitting do not change this round.
  const listeners = arrayClone(handler);
  for (let i = 0; i < listeners.length; ++i) {
    const result = ReflectApply(listeners[i], this, args);
    if (result !== undefined && result !== null) {
      watchResult(this, result, type, args);
    }
  }
  return true;
};

// Copying short arrays element by element beats a generic slice.
function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
  }
  return ArrayPrototypeSlice(arr);
}

function warnIfTooMany(emitter, type, list) {
  const max = effectiveMaxListeners(emitter);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    const warning = new Error(
      'Possible EventEmitter memory leak detected. ' +
      `${list.length} ${String(type)} listeners added to ` +
      `${lazyInspect(emitter, { depth: -1 })}. MaxListeners is ${max}. ` +
      'Use emitter.setMaxListeners() to increase limit');
    ObjectAssign(warning, {
      name: 'MaxListenersExceededWarning',
      emitter,
      type,
      count: list.length,
    });
    process.emitWarning(warning);
  }
}

function addListenerTo(emitter, type, listener, atFront) {
  validateFunction(listener, 'listener');

  let events = emitter._events;
  let existing;
  if (events === undefined) {
    events = emitter._events = { __proto__: null };
    emitter._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      emitter.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' handler may have replaced _events.
      events = emitter._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++emitter._eventsCount;
    return emitter;
  }
  if (typeof existing === 'function') {
    existing = events[type] = atFront ? [listener, existing] :
      [existing, listener];
  } else if (atFront) {
    ArrayPrototypeUnshift(existing, listener);
  } else {
    ArrayPrototypePush(existing, listener);
  }
  warnIfTooMany(emitter, type, existing);
  return emitter;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener =
  function prependListener(type, listener) {
    return addListenerTo(this, type, listener, true);
  };

// `this` is the state record; the wrapper is `onceWrapper` bound to it, and
// carries the user's function as `.listener` (rawListeners shows it so).
function onceWrapper(...args) {
  if (this.fired) return;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return ReflectApply(this.listener, this.target, args);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = FunctionPrototypeBind(onceWrapper, state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener =
  function prependOnceListener(type, listener) {
    validateFunction(listener, 'listener');
    this.prependListener(type, wrapOnce(this, type, listener));
    return this;
  };

EventEmitter.prototype.removeListener =
  function removeListener(type, listener) {
    validateFunction(listener, 'listener');
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
        if (events.removeListener) {
          this.emit('removeListener', type, list.listener || listener);
        }
      }
      return this;
    }
    if (typeof list === 'function') return this;

    // The last registration of the listener goes first.
    let position = list.length - 1;
    while (position >= 0 && list[position] !== listener &&
           list[position].listener !== listener) {
      position--;
    }
    if (position < 0) return this;
    if (position === 0) {
      ArrayPrototypeShift(list);
    } else {
      ArrayPrototypeSplice(list, position, 1);
    }
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
    return this;
  };
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners =
  function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;

    if (events.removeListener === undefined) {
      // Nobody listens for removals: drop the lists wholesale.
      if (arguments.length === 0) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) {
          this._events = { __proto__: null };
        } else {
          delete events[type];
        }
      }
      this[kShapeMode] = false;
      return this;
    }

    if (arguments.length === 0) {
      // 'removeListener' listeners go last, so they see every other removal.
      const names = ReflectOwnKeys(events);
      for (let i = 0; i < names.length; i++) {
        if (names[i] !== 'removeListener') this.removeAllListeners(names[i]);
      }
      this.removeAllListeners('removeListener');
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }

    const listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      for (let i = listeners.length - 1; i >= 0; i--) {
        this.removeListener(type, listeners[i]);
      }
    }
    return this;
  };

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') {
    return [unwrap ? list.listener || list : list];
  }
  const copy = ArrayPrototypeSlice(list);
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      const original = copy[i].listener;
      if (typeof original === 'function') copy[i] = original;
    }
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function matchesListener(registered, listener) {
  return registered === listener || registered.listener === listener;
}

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  if (typeof list === 'function') {
    if (listener == null) return 1;
    return matchesListener(list, listener) ? 1 : 0;
  }
  if (listener == null) return list.length;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (matchesListener(list[i], listener)) count++;
  }
  return count;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  const { isEventTarget, listenersOfEventTarget } =
    require('internal/event_target');
  if (isEventTarget(emitterOrTarget)) {
    return listenersOfEventTarget(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'],
                                 emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return effectiveMaxListeners(emitterOrTarget);
  }
  if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'],
                                 emitterOrTarget);
}
