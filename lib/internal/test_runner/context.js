'use strict';

// What a test's function receives: TestContext (t.test, t.mock, t.plan,
// hooks, ...) and SuiteContext; and how test()/describe() read their
// arguments and where they were called from.

const {
  ArrayPrototypePush,
  Error,
  Number,
  RegExpPrototypeExec,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: { ERR_TEST_FAILURE },
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');

const kTestCodeFailure = 'testCodeFailure';
const noop = () => {};

// Where test()/describe()/it() was called: the first frame above `skip`.
function callerLocation(skip) {
  const holder = {};
  // Read-only under --frozen-intrinsics: the first frame is there anyway.
  const limitWritable = isErrorStackTraceLimitWritable();
  const limit = Error.stackTraceLimit;
  if (limitWritable) Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, skip);
  if (limitWritable) Error.stackTraceLimit = limit;
  const lines = StringPrototypeSplit(`${holder.stack}`, '\n');
  if (lines.length < 2) return undefined;
  const match = RegExpPrototypeExec(/\(?([^()\s][^()]*):(\d+):(\d+)\)?$/,
                                    lines[1]);
  if (match === null) return undefined;
  let file = match[1];
  if (StringPrototypeStartsWith(file, 'at ')) file = StringPrototypeSlice(file, 3);
  // Code without a file (eval) has no location.
  if (StringPrototypeStartsWith(file, ', ') ||
      StringPrototypeIncludes(file, '<anonymous>')) {
    return undefined;
  }
  if (StringPrototypeStartsWith(file, 'file://')) {
    file = require('internal/url').fileURLToPath(file);
  }
  return { file, line: Number(match[2]), column: Number(match[3]) };
}

class TestContext {
  #test;
  constructor(test) {
    this.#test = test;
  }

  get signal() {
    return this.#test.signal;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return this.#test.fullName();
  }

  get error() {
    return this.#test.error;
  }

  get passed() {
    return this.#test.passed;
  }

  diagnostic(message) {
    ArrayPrototypePush(this.#test.diagnostics, message);
  }

  plan(count) {
    if (this.#test.planCount !== undefined) {
      throw new ERR_TEST_FAILURE('cannot set plan more than once',
                                 kTestCodeFailure);
    }
    validateInteger(count, 'count', 0);
    this.#test.planCount = count;
  }

  get assert() {
    return this.#test.boundAssert();
  }

  get mock() {
    return this.#test.mockTracker();
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skipped = true;
    this.#test.message = message;
  }

  todo(message) {
    this.#test.isTodo = true;
    this.#test.message = message;
  }

  test(name, options, fn) {
    const overrides = { __proto__: null, loc: callerLocation(this.test) };
    const { Test } = require('internal/test_runner/test');
    const subtest = this.#test.createSubtest(Test, name, options, fn,
                                             overrides);
    this.#test.countPlanned();
    return subtest.start();
  }

  before(fn, options) {
    this.#test.addHook('before', fn, options);
  }

  after(fn, options) {
    this.#test.addHook('after', fn, options);
  }

  beforeEach(fn, options) {
    this.#test.addHook('beforeEach', fn, options);
  }

  afterEach(fn, options) {
    this.#test.addHook('afterEach', fn, options);
  }
}

class SuiteContext {
  #suite;
  constructor(suite) {
    this.#suite = suite;
  }

  get signal() {
    return this.#suite.signal;
  }

  get name() {
    return this.#suite.name;
  }

  get fullName() {
    return this.#suite.fullName();
  }
}

// Parses test([name][, options][, fn]) the way node does.
function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
    name = fn.name;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' ? fn.name : undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (options === null || options === undefined) options = { __proto__: null };
  validateObject(options, 'options');
  if (typeof name !== 'string' || name === '') {
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  }
  if (fn === undefined) fn = noop;
  validateFunction(fn, 'fn');
  return { name, options, fn };
}

module.exports = { SuiteContext, TestContext, callerLocation, parseArgs };
