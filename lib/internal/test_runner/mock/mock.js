'use strict';

// node:test's mocks: MockTracker (t.mock and the top-level `mock`) makes
// mock functions, methods, getters and setters that record their calls, and
// owns the fake timers. A test's tracker is reset when the test ends.

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Error,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  Proxy,
  ReflectApply,
  ReflectConstruct,
  ReflectGet,
  SafeMap,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');

class MockFunctionContext {
  #calls = [];
  #mocks = new SafeMap();
  #implementation;
  #original;
  #restore;
  #times;

  constructor(original, implementation, restore, times) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return ArrayPrototypeSlice(this.#calls, 0);
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#mocks.set(call, implementation);
  }

  restore() {
    const restore = this.#restore;
    if (restore !== undefined) {
      // The object keeps an own property even when the method was
      // inherited, as in node.
      const { descriptor, object, methodName } = restore;
      ObjectDefineProperty(object, methodName, descriptor);
    } else {
      this.#implementation = this.#original;
    }
  }

  resetCalls() {
    this.#calls = [];
  }

  trackCall(call) {
    ArrayPrototypePush(this.#calls, call);
  }

  // The function the next call runs: a one-time implementation, the current
  // one, or the original once `times` calls have been made.
  nextImpl() {
    const nextCall = this.#calls.length;
    const once = this.#mocks.get(nextCall);
    if (once !== undefined) {
      this.#mocks.delete(nextCall);
      return once;
    }
    if (this.#times !== undefined && nextCall >= this.#times) {
      // `times` calls made: the original is the implementation again.
      this.#implementation = this.#original;
      this.#times = undefined;
    }
    return this.#implementation;
  }
}

function makeMockFunction(original, implementation, restore, times) {
  const ctx = new MockFunctionContext(original, implementation, restore,
                                      times);
  const record = (args, thisArg, target, run) => {
    const impl = ctx.nextImpl();
    let result;
    let error;
    try {
      result = run(impl);
    } catch (err) {
      error = err;
      throw err;
    } finally {
      ctx.trackCall({
        __proto__: null,
        arguments: args,
        error,
        result,
        stack: new Error(),
        target,
        // A constructor call's `this` is the object it made.
        this: target === undefined ? thisArg : result,
      });
    }
    return result;
  };
  const proxy = new Proxy(original, {
    __proto__: null,
    apply(fn, thisArg, args) {
      return record(args, thisArg, undefined,
                    (impl) => ReflectApply(impl, thisArg, args));
    },
    construct(target, args, newTarget) {
      // `new mock()` constructs (and reports) the mocked class itself.
      const realTarget = newTarget === proxy ? original : newTarget;
      return record(args, undefined, realTarget,
                    (impl) => ReflectConstruct(impl, args, realTarget));
    },
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return ReflectGet(target, property, receiver);
    },
  });
  return proxy;
}

function validateTimes(options) {
  const { times = Infinity } = options;
  if (times !== Infinity) validateInteger(times, 'options.times', 1);
  return times === Infinity ? undefined : times;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const times = validateTimes(options);
    const mock = makeMockFunction(original, implementation, undefined, times);
    ArrayPrototypePush(this.#mocks, { __proto__: null, ctx: mock.mock,
                                      restore: undefined });
    return mock;
  }

  method(objectOrFunction, methodName, implementation = undefined,
         options = {}) {
    if (objectOrFunction === null ||
        (typeof objectOrFunction !== 'object' &&
         typeof objectOrFunction !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', ['Object', 'Function'],
                                     objectOrFunction);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'],
                                     methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
                                      "cannot be used with 'options.getter'");
    }
    const times = validateTimes(options);
    const descriptor = findDescriptor(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original,
                                      'must be a method');
    }
    if (implementation === undefined) implementation = original;
    validateFunction(implementation, 'implementation');
    const restore = { __proto__: null, descriptor,
                      object: objectOrFunction, methodName, original };
    const mock = makeMockFunction(original, implementation, restore, times);
    const desc = {
      __proto__: null,
      configurable: descriptor.configurable,
      enumerable: descriptor.enumerable,
    };
    if (getter) {
      desc.get = mock;
      desc.set = descriptor.set;
    } else if (setter) {
      desc.get = descriptor.get;
      desc.set = mock;
    } else {
      desc.writable = descriptor.writable;
      desc.value = mock;
    }
    ObjectDefineProperty(objectOrFunction, methodName, desc);
    ArrayPrototypePush(this.#mocks, { __proto__: null, ctx: mock.mock, restore });
    return mock;
  }

  getter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    } else {
      validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', getter,
                                      'cannot be false');
    }
    return this.method(object, methodName, implementation,
                       { __proto__: null, ...options, getter });
  }

  setter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    } else {
      validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
                                      'cannot be false');
    }
    return this.method(object, methodName, implementation,
                       { __proto__: null, ...options, setter });
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (let i = 0; i < this.#mocks.length; i++) {
      FunctionPrototypeCall(this.#mocks[i].ctx.restore, this.#mocks[i].ctx);
    }
  }
}

// The property's descriptor on the object or its prototype chain.
function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined;
    o = ObjectGetPrototypeOf(o)) {
    const desc = ObjectGetOwnPropertyDescriptor(o, name);
    if (desc !== undefined) return desc;
  }
  return undefined;
}

module.exports = { MockFunctionContext, MockTracker };
