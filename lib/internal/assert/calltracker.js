'use strict';

// assert.CallTracker (deprecated in node 20, DEP0173): wraps functions to
// count their calls, and verify() fails when a count is not the expected one.

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Error,
  FunctionPrototype,
  ObjectFreeze,
  Proxy,
  ReflectApply,
  SafeSet,
  SafeWeakMap,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

// The calls of one tracked function.
class TrackedCalls {
  #calls = [];
  #expected;
  #name;
  #stackTrace;

  constructor(expected, name, stackTrace) {
    this.#expected = expected;
    this.#name = name;
    this.#stackTrace = stackTrace;
  }

  track(thisArg, args) {
    ArrayPrototypePush(this.#calls, ObjectFreeze({
      thisArg, arguments: ObjectFreeze(ArrayPrototypeSlice(args)),
    }));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return ObjectFreeze(ArrayPrototypeSlice(this.#calls));
  }

  // undefined when the count is right.
  report() {
    const actual = this.#calls.length;
    if (actual === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ` +
        `${this.#expected} time(s) but was executed ${actual} time(s).`,
      actual,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #all = new SafeSet();
  #byFunction = new SafeWeakMap();

  #callsOf(tracked) {
    const calls = this.#byFunction.get(tracked);
    if (calls === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return calls;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const calls of this.#all) calls.reset();
      return;
    }
    this.#callsOf(tracked).reset();
  }

  getCalls(tracked) {
    return this.#callsOf(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = FunctionPrototype;
    } else if (fn === undefined) {
      fn = FunctionPrototype;
    }
    validateUint32(expected, 'expected', true);
    const calls = new TrackedCalls(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        calls.track(thisArg, args);
        return ReflectApply(target, thisArg, args);
      },
    });
    this.#all.add(calls);
    this.#byFunction.set(tracked, calls);
    return tracked;
  }

  report() {
    const errors = [];
    for (const calls of this.#all) {
      const report = calls.report();
      if (report !== undefined) ArrayPrototypePush(errors, report);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    throw new AssertionError({
      message: errors.length === 1 ? errors[0].message :
        'Functions were not called the expected number of times',
      details: errors,
    });
  }
}

module.exports = CallTracker;
