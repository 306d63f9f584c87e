'use strict';

// The `assert` module: assert()/ok, (not)equal, (not)strictEqual,
// (not)deepEqual, (not)deepStrictEqual, throws/doesNotThrow,
// rejects/doesNotReject, match/doesNotMatch, fail, ifError, CallTracker and
// assert.strict, with node 20's messages and error codes.

const {
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  Error,
  NumberIsNaN,
  ObjectAssign,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeIsPrototypeOf,
  ReflectApply,
  RegExpPrototypeExec,
  String,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
} = primordials;

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { inspect } = require('internal/util/inspect');
const { isPromise, isRegExp } = internalBinding('types');
const { innerOk, isError } = require('internal/assert/utils');
const { validateFunction } = require('internal/validators');
const { isDeepEqual, isDeepStrictEqual } =
  require('internal/util/comparisons');

// The result of a function that did not throw (or a promise that did not
// reject): no thrown value can be identical to it.
const NO_EXCEPTION_SENTINEL = {};

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = module.exports = ok;

// A user-supplied Error as message is thrown instead of an AssertionError.
function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

let failWarned = false;
function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function requireTwo(argsLength) {
  if (argsLength < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

/* eslint-disable eqeqeq */
assert.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  if (actual != expected && (!NumberIsNaN(actual) || !NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (actual == expected || (NumberIsNaN(actual) && NumberIsNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};
/* eslint-enable eqeqeq */

assert.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual,
    });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
};

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'notDeepStrictEqual',
      stackStartFn: notDeepStrictEqual,
    });
  }
}
assert.notDeepStrictEqual = notDeepStrictEqual;

assert.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!ObjectIs(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (ObjectIs(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
};

// The keys of a validation object, taken from `obj`, to show both sides in
// the diff; a RegExp-valued key that matched shows the actual string.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' &&
          isRegExp(obj[key]) && RegExpPrototypeExec(obj[key], actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

// The `throw` statements below keep node's indentation: an uncaught
// AssertionError's report prints the source line that threw it.
function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const err = new AssertionError({
        actual: new Comparison(actual, keys),
        expected: new Comparison(expected, keys, actual),
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

// The message for a thrown `actual` that does not match the RegExp or is not
// an instance of the Error class `expected`, or undefined when it does.
function validationFailure(actual, expected) {
  if (isRegExp(expected)) {
    const str = String(actual);
    if (RegExpPrototypeExec(expected, str) !== null) return undefined;
    return 'The input did not match the regular expression ' +
      `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
  }
  if (ObjectPrototypeIsPrototypeOf(Error, expected)) {
    let message = `The error is expected to be an instance of "${expected.name}". Received `;
    if (isError(actual)) {
      const name = actual.constructor?.name || actual.name;
      message += expected.name === name ?
        'an error with identical name but a different prototype.' : `"${name}"`;
      if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
    } else {
      message += `"${inspect(actual, { depth: -1 })}"`;
    }
    return message;
  }
  return undefined;
}

function validationFunctionFailure(actual, expected, result) {
  const name = expected.name ? `"${expected.name}" ` : '';
  let message = `The ${name}validation function is expected to return ` +
    `"true". Received ${inspect(result)}`;
  if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
  return message;
}

// Checks the thrown `actual` against `expected`: a RegExp (on String(actual)),
// a validation object (each key deep-strict-equal or RegExp-matched), an
// Error class, or a validation function that must return true.
function expectedException(actual, expected, message, fn) {
  if (typeof expected !== 'function' && !isRegExp(expected)) {
    if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    }
    const keys = ObjectKeys(expected);
    // An Error as validation object also checks its name and message.
    if (expected instanceof Error) {
      ArrayPrototypePush(keys, 'name', 'message');
    } else if (keys.length === 0) {
      throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
    }
    for (const key of keys) {
      if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
          RegExpPrototypeExec(expected[key], actual[key]) !== null) {
        continue;
      }
      compareExceptionKey(actual, expected, key, message, keys, fn);
    }
    return;
  }
  // Arrow functions have no prototype to test instanceof against.
  if (typeof expected === 'function' && expected.prototype !== undefined &&
      actual instanceof expected) {
    return;
  }
  let generated;
  if (isRegExp(expected) || ObjectPrototypeIsPrototypeOf(Error, expected)) {
    generated = validationFailure(actual, expected);
  } else {
    // Called here, so that an error it makes has node's stack.
    const result = ReflectApply(expected, {}, [actual]);
    if (result !== true) {
      generated = validationFunctionFailure(actual, expected, result);
    }
  }
  if (generated !== undefined) {
    const err = new AssertionError({
      actual,
      expected,
      message: message || generated,
      operator: fn.name,
      stackStartFn: fn,
    });
    err.generatedMessage = !message;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

// Native promises, and objects with then() and catch() (a function with
// a then() is not enough).
function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    // throws(fn, 'message'): the string is the message, not a validator.
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (error) expectedException(actual, error, message, stackStartFn);
}

// doesNotThrow(fn, expected): only an error that matches `expected` fails
// the assertion; any other is rethrown as it is.
function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      return RegExpPrototypeExec(expected, String(actual)) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (ObjectPrototypeIsPrototypeOf(Error, expected)) return false;
  return ReflectApply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\n` +
        `Actual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

// The new error's stack is its own frames down to the first frame it shares
// with `err`, followed by all of err's frames.
function joinStacks(newErr, origStack) {
  const origStart = StringPrototypeIndexOf(origStack, '\n    at');
  if (origStart === -1) return;
  const originalFrames = StringPrototypeSplit(
    StringPrototypeSlice(origStack, origStart + 1), '\n');
  let newFrames = StringPrototypeSplit(newErr.stack, '\n');
  for (const frame of originalFrames) {
    const pos = ArrayPrototypeIndexOf(newFrames, frame);
    if (pos !== -1) {
      newFrames = ArrayPrototypeSlice(newFrames, 0, pos);
      break;
    }
  }
  newErr.stack = `${ArrayPrototypeJoin(newFrames, '\n')}\n` +
    ArrayPrototypeJoin(originalFrames, '\n');
}

function ifErrorMessage(err) {
  const prefix = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      return prefix + err.constructor.name;
    }
    return prefix + err.message;
  }
  return prefix + inspect(err);
}

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    const newErr = new AssertionError({
      actual: err,
      expected: null,
      operator: 'ifError',
      message: ifErrorMessage(err),
      stackStartFn: ifError,
    });
    const origStack = err.stack;
    if (typeof origStack === 'string') joinStacks(newErr, origStack);
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) {
    throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  }
  const match = fn === assert.match;
  if (typeof string !== 'string' ||
      (RegExpPrototypeExec(regexp, string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          `${typeof string} (${inspect(string)})`;
      } else {
        message = (match ?
          'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = new AssertionError({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

assert.CallTracker = require('internal/util').deprecate(
  require('internal/assert/calltracker'),
  'assert.CallTracker is deprecated.', 'DEP0173');

// assert.strict: the same API where the loose comparisons are strict.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = ObjectAssign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;
