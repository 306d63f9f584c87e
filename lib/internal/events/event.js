'use strict';

// The DOM's Event and CustomEvent classes (globals in node 20), and the
// internal symbols through which EventTarget drives a dispatch.

const {
  NumberIsInteger,
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  SafeWeakSet,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

let inspect;
function lazyInspect(value, options) {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect(value, options);
}

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kType = Symbol('type');
const kDetail = Symbol('detail');
// new Event(type, { [kTrustEvent]: true }) makes isTrusted true (events the
// runtime itself dispatches, such as 'abort').
const kTrustEvent = Symbol('kTrustEvent');

const kEnumerable = { __proto__: null, enumerable: true };
const kNoOptions = { __proto__: null };

// Event#timeStamp: milliseconds since the process started, on the clock of
// performance.now() (read directly: user code may replace the global).
function now() {
  return require('internal/perf/utils').now();
}

const trustedEvents = new SafeWeakSet();
const isTrustedGetter = ObjectGetOwnPropertyDescriptor({
  get isTrusted() {
    return trustedEvents.has(this);
  },
}, 'isTrusted').get;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(self) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
}

// `depth - 1` for the nested value, as a custom inspect function should.
function childOptions(options) {
  return ObjectAssign({}, options, {
    depth: NumberIsInteger(options.depth) ? options.depth - 1 : options.depth,
  });
}

class Event {
  #bubbles = false;
  #cancelable = false;
  #composed = false;
  #defaultPrevented = false;
  #propagationStopped = false;
  #timeStamp = now();

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${lazyInspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, childOptions(options))}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  // Node has no tree of targets: the path is the target alone.
  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !this.#cancelable || !this.#defaultPrevented;
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

ObjectDefineProperties(Event.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, configurable: true, value: 'Event',
  },
  initEvent: kEnumerable,
  stopImmediatePropagation: kEnumerable,
  preventDefault: kEnumerable,
  target: kEnumerable,
  currentTarget: kEnumerable,
  srcElement: kEnumerable,
  type: kEnumerable,
  cancelable: kEnumerable,
  defaultPrevented: kEnumerable,
  timeStamp: kEnumerable,
  composedPath: kEnumerable,
  returnValue: kEnumerable,
  bubbles: kEnumerable,
  composed: kEnumerable,
  eventPhase: kEnumerable,
  cancelBubble: kEnumerable,
  stopPropagation: kEnumerable,
  // Node keeps isTrusted on the prototype (the spec wants it unforgeable on
  // each instance, which costs too much).
  isTrusted: {
    __proto__: null, get: isTrustedGetter, enumerable: true, configurable: false,
  },
});

{
  const phases = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
  for (let i = 0; i < phases.length; i++) {
    ObjectDefineProperty(Event, phases[i], {
      __proto__: null, value: i, enumerable: true,
    });
  }
}

function isCustomEvent(value) {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = kNoOptions) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

ObjectDefineProperties(CustomEvent.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, configurable: true, value: 'CustomEvent',
  },
  detail: kEnumerable,
});

module.exports = {
  CustomEvent,
  Event,
  inspectChildOptions: childOptions,
  isEvent,
  kDetail,
  kIsBeingDispatched,
  kStop,
  kTarget,
  kTrustEvent,
  kType,
};
