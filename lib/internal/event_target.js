'use strict';

// The DOM's EventTarget as node 20 has it (a global; Event and CustomEvent
// live in internal/events/event and are re-exported here), node's
// NodeEventTarget (an EventTarget with part of the EventEmitter API),
// `on<event>` handler attributes (defineEventHandler) and the mixin that
// gives a class both APIs.

const {
  ArrayFrom,
  ArrayPrototypePush,
  Boolean,
  Error,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptors,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectSetPrototypeOf,
  ReflectApply,
  SafeArrayIterator,
  SafeFinalizationRegistry,
  SafeMap,
  SafeWeakMap,
  SafeWeakRef,
  String,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateString,
} = require('internal/validators');
const EventEmitter = require('events');
const {
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
} = EventEmitter;
const { kResistStopPropagation } = require('internal/events/symbols');
const {
  CustomEvent,
  Event,
  inspectChildOptions,
  kIsBeingDispatched,
  kStop,
  kTarget,
  kTrustEvent,
} = require('internal/events/event');

let inspect;
function lazyInspect(value, options) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value, options);
}

const kInspect = SymbolFor('nodejs.util.inspect.custom');
// Well known, so that an EventTarget of another realm is recognised.
const kIsEventTarget = SymbolFor('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kHybridDispatch = SymbolFor('nodejs.internal.kHybridDispatch');

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kRemoveWeakListener = Symbol('kRemoveWeakListenerHelper');

const kEnumerable = { __proto__: null, enumerable: true };
const kNoOptions = { __proto__: null };

// Weak listeners (internal: a signal passed to addEventListener listens on
// itself weakly) are dropped when their function is collected. Created on
// first use so that no registry exists in a startup snapshot.
let weakRegistry;
let weakRetainers;
function weakListeners() {
  weakRegistry ??= new SafeFinalizationRegistry(
    ({ target, listener, type }) => {
      target.deref()?.[kRemoveWeakListener](type, listener);
    });
  weakRetainers ??= new SafeWeakMap();
  return weakRegistry;
}

// One registration. The registrations of a type form a doubly linked list
// hanging off a head record { size, next, resistStopPropagation }: dispatch
// reads `next` before calling a listener, so removing the running listener,
// or any other, during dispatch is safe.
class Listener {
  constructor(target, type, previous, listener, flags) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.once = Boolean(flags.once);
    this.capture = Boolean(flags.capture);
    this.passive = Boolean(flags.passive);
    this.isNodeStyleListener = Boolean(flags.isNodeStyleListener);
    this.weak = Boolean(flags.weak);
    this.resistStopPropagation = Boolean(flags.resistStopPropagation);
    this.removed = false;

    if (this.weak) {
      this.callback = new SafeWeakRef(listener);
      weakListeners().register(listener, {
        __proto__: null,
        target: new SafeWeakRef(target),
        listener: this,
        type,
      }, this);
      // The retainer (flags.weak) keeps the function alive while it lives.
      weakRetainers.set(flags.weak, listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // An EventListener object: handleEvent is looked up at each call.
      this.callback = async (...args) => {
        if (listener.handleEvent) {
          await ReflectApply(listener.handleEvent, listener, args);
        }
      };
      this.listener = listener;
    }
  }

  same(listener, capture) {
    const mine = this.weak ? this.listener.deref() : this.listener;
    return mine === listener && this.capture === capture;
  }

  unlink() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
    if (this.weak) weakListeners().unregister(this);
  }
}

function initEventTarget(self) {
  self[kEvents] = new SafeMap();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new SafeMap();
}

// Not fool-proof ({ constructor: EventTarget } passes), but it works across
// realms; node accepts the same trade-off.
function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

function isNodeEventTarget(obj) {
  return obj?.constructor?.[kIsNodeEventTarget];
}

// null/undefined are ignored (the DOM allows them); objects are accepted
// whether or not they have handleEvent yet.
function isUsableListener(listener) {
  if (typeof listener === 'function' ||
      typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kNoOptions;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  // Each option is read once, in this order (the spec's getter order).
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// WebIDL DOMString conversion, with node's error for symbols.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return String(value);
}

// A listener returning a rejected thenable, or throwing, becomes an uncaught
// exception on the next tick: dispatch itself never throws.
// (One line, as node has it: the uncaught-exception report shows it.)
function reportLater(err) {
  process.nextTick(() => { throw err; });
}

function watchReturned(result) {
  const then = result.then;
  if (typeof then === 'function') {
    FunctionPrototypeCall(then, result, undefined, reportLater);
  }
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Hooks for subclasses (AbortSignal, MessagePort), run after a listener
  // is added or removed; `size` is the count for `type` afterwards.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(
        'Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ` +
        `${lazyInspect(this, { depth: -1 })}. MaxListeners is ${max}. Use ` +
        'events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kNoOptions) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    let flags = kNoOptions;
    if (options !== kNoOptions) {
      // Options are read before the listener is checked: the spec runs
      // their getters first.
      flags = normalizeListenerOptions(options);
      const signal = flags.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, {
          __proto__: null,
          once: true,
          [kWeakHandler]: this,
          [kResistStopPropagation]: true,
        });
      }
    }

    if (!isUsableListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener}` +
                                ' which has no effect.');
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }

    type = toDOMString(type);
    const capture = Boolean(flags.capture);
    let head = this[kEvents].get(type);
    if (head === undefined) {
      head = {
        size: 1,
        next: undefined,
        resistStopPropagation: Boolean(flags.resistStopPropagation),
      };
      new Listener(this, type, head, listener, flags);
      this[kNewListener](head.size, type, listener, Boolean(flags.once),
                         capture, Boolean(flags.passive), flags.weak);
      this[kEvents].set(type, head);
      return;
    }

    let last = head;
    for (let node = head.next; node !== undefined; node = node.next) {
      // The same (listener, capture) pair is registered once only.
      if (node.same(listener, capture)) return;
      last = node;
    }
    new Listener(this, type, last, listener, flags);
    head.size++;
    head.resistStopPropagation ||= Boolean(flags.resistStopPropagation);
    this[kNewListener](head.size, type, listener, Boolean(flags.once),
                       capture, Boolean(flags.passive), flags.weak);
  }

  removeEventListener(type, listener, options = kNoOptions) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isUsableListener(listener)) return;

    type = toDOMString(type);
    const capture = options?.capture === true;
    const head = this[kEvents].get(type);
    if (head === undefined) return;
    for (let node = head.next; node !== undefined; node = node.next) {
      if (node.same(listener, capture)) {
        removeNode(this, head, type, node, listener);
        return;
      }
    }
  }

  [kRemoveWeakListener](type, node) {
    const head = this[kEvents].get(type);
    if (head === undefined) return;
    for (let it = head.next; it !== undefined; it = it.next) {
      if (it === node) {
        // The function was collected: no listener to report.
        removeNode(this, head, type, node, undefined);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) {
      throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    }
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Runs the listeners of `type`. Node-style listeners get `nodeValue`;
  // the others get `event`, created on demand when there is none (a
  // NodeEventTarget's emit passes only a value).
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const head = this[kEvents].get(type);
    if (head === undefined || head.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let node = head.next;
    while (node !== undefined &&
           (head.resistStopPropagation || node.passive ||
            event?.[kStop] !== true)) {
      const next = node.next;
      if (node.removed ||
          (event?.[kStop] === true && !node.resistStopPropagation)) {
        node = next;
        continue;
      }
      if (node.once) {
        node.unlink();
        head.size--;
        this[kRemoveListener](head.size, type, node.listener, node.capture);
      }
      try {
        let arg;
        if (node.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        const callback = node.weak ? node.callback.deref() : node.callback;
        let result;
        if (callback) {
          result = FunctionPrototypeCall(callback, this, arg);
          if (!node.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        }
        if (result !== undefined && result !== null) watchReturned(result);
      } catch (err) {
        reportLater(err);
      }
      node = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${lazyInspect({}, inspectChildOptions(options))}`;
  }
}

function removeNode(target, head, type, node, listener) {
  node.unlink();
  head.size--;
  if (head.size === 0) target[kEvents].delete(type);
  target[kRemoveListener](head.size, type, listener, node.capture);
}

ObjectDefineProperties(EventTarget.prototype, {
  addEventListener: kEnumerable,
  removeEventListener: kEnumerable,
  dispatchEvent: kEnumerable,
  [SymbolToStringTag]: {
    __proto__: null, configurable: true, value: 'EventTarget',
  },
});

// For events.getEventListeners(target, type).
function listenersOfEventTarget(target, type) {
  const result = [];
  const head = target[kEvents].get(type);
  for (let node = head?.next; node?.listener !== undefined; node = node.next) {
    ArrayPrototypePush(result, node.listener?.deref ?
      node.listener.deref() : node.listener);
  }
  return result;
}

function initNodeEventTarget(self) {
  initEventTarget(self);
}

function checkNodeEventTarget(self) {
  if (!isNodeEventTarget(self)) throw new ERR_INVALID_THIS('NodeEventTarget');
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return ArrayFrom(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    const head = this[kEvents].get(String(type));
    return head !== undefined ? head.size : 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener,
                          { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}

ObjectDefineProperties(NodeEventTarget.prototype, {
  setMaxListeners: kEnumerable,
  getMaxListeners: kEnumerable,
  eventNames: kEnumerable,
  listenerCount: kEnumerable,
  off: kEnumerable,
  removeListener: kEnumerable,
  on: kEnumerable,
  addListener: kEnumerable,
  once: kEnumerable,
  emit: kEnumerable,
  removeAllListeners: kEnumerable,
});

// The function registered for an `on<event>` attribute: it stays registered
// (keeping its place in the order) while the attribute is reassigned.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return ReflectApply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function checkHandlersField(self) {
  if (typeof self !== 'object' || self === null ||
      !ObjectPrototypeHasOwnProperty(self, kHandlers)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', self);
  }
}

// Defines the `on<name>` accessor (HTML event handler attribute) on `proto`.
function defineEventHandler(proto, name, event = name) {
  const propName = `on${name}`;
  function get() {
    checkHandlersField(this);
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    checkHandlersField(this);
    let wrapper = this[kHandlers]?.get(event);
    if (wrapper) {
      const head = this[kEvents].get(event);
      if (typeof wrapper.handler === 'function') {
        head.size--;
        this[kRemoveListener](head.size, event, wrapper.handler, false);
      }
      wrapper.handler = value;
      if (typeof wrapper.handler === 'function') {
        head.size++;
        this[kNewListener](head.size, event, value, false, false, false, false);
      }
    } else {
      wrapper = makeEventHandler(value);
      this.addEventListener(event, wrapper);
    }
    this[kHandlers].set(event, wrapper);
  }
  ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  ObjectDefineProperty(proto, propName, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

// class X extends EventEmitterMixin(Base): Base's constructor, then the
// EventEmitter's, and EventEmitter.prototype's methods on X.prototype.
function EventEmitterMixin(Superclass) {
  class MixedEventEmitter extends Superclass {
    constructor(...args) {
      super(...new SafeArrayIterator(args));
      FunctionPrototypeCall(EventEmitter, this);
    }
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(EventEmitter.prototype);
  delete descriptors.constructor;
  const names = ObjectKeys(descriptors);
  for (let i = 0; i < names.length; i++) {
    ObjectSetPrototypeOf(descriptors[names[i]], null);
  }
  ObjectDefineProperties(MixedEventEmitter.prototype, descriptors);
  return MixedEventEmitter;
}

module.exports = {
  Event,
  CustomEvent,
  EventEmitterMixin,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
  listenersOfEventTarget,
};
