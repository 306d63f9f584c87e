'use strict';

// node:test's tests and suites. A Test runs its function once, may create
// subtests (t.test, or test()/it() called while it runs), and finishes when
// its function has settled: unfinished subtests are then cancelled. Results
// are reported in definition order, as soon as every earlier test has been
// reported (report.js walks that frontier); 'test:complete' and the queue
// events come in execution order.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSome,
  FunctionPrototypeCall,
  Number,
  Promise,
  PromisePrototypeThen,
  PromiseResolve,
  ReflectApply,
  RegExpPrototypeExec,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_TEST_FAILURE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { AbortController } = require('internal/abort_controller');
const {
  SuiteContext,
  TestContext,
  callerLocation,
  parseArgs,
} = require('internal/test_runner/context');
const { AsyncLocalStorage } = require('async_hooks');
const { setTimeout, clearTimeout } = require('timers');

const kCancelledByParent = 'cancelledByParent';
const kHookFailure = 'hookFailed';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kAborted = 'testAborted';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';

// The test (or suite) whose code is running, across async boundaries: test()
// and it() attach to it, and uncaught errors are charged to it.
const testStorage = new AsyncLocalStorage();

const kTimeoutMax = 2 ** 31 - 1;
const noop = () => {};

function hrtimeNow() {
  return process.hrtime.bigint();
}

function concurrencyOf(value, inherited) {
  if (value === undefined || value === null) return inherited;
  if (typeof value === 'boolean') return value ? Infinity : 1;
  if (typeof value === 'number') {
    validateUint32(value, 'options.concurrency', true);
    return value;
  }
  throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'],
                                 value);
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class Test {
  constructor(init) {
    const { name, fn, parent, harness, loc, options } = init;
    this.name = name;
    this.fn = fn;
    this.parent = parent;
    this.harness = parent === null ? harness : parent.harness;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.loc = loc;
    this.children = [];
    this.queue = [];
    this.activeSubtests = 0;
    this.nextReport = 0;
    this.diagnostics = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = false;
    this.error = null;
    this.passed = false;
    this.cancelled = false;
    this.skipped = false;
    this.isTodo = false;
    this.message = undefined;
    this.started = false;
    this.finished = false;
    this.reported = false;
    this.startReported = false;
    this.startTime = null;
    this.endTime = null;
    this.planCount = undefined;
    this.actualCount = 0;
    this.mock = null;
    this.assertObject = null;
    this.done = deferred();
    this.reportedType = undefined;
    this.skippedForOnly = false;
    this.childNumber = parent === null ? 0 : parent.children.length + 1;
    this.testNumber = this.childNumber;

    const opts = options ?? { __proto__: null };
    const { concurrency, only, plan, signal, skip, timeout, todo } = opts;
    this.concurrency = concurrencyOf(concurrency,
                                     parent === null ? 1 : parent.concurrency);
    if (timeout !== undefined && timeout !== null && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
      this.timeout = timeout;
    } else if (timeout === Infinity) {
      this.timeout = Infinity;
    } else {
      this.timeout = parent === null ? Infinity : parent.timeout;
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (plan !== undefined) {
      validateInteger(plan, 'options.plan', 0);
      this.planCount = plan;
    }
    this.outerSignal = signal;
    this.controller = new AbortController();
    this.signal = this.controller.signal;
    this.only = !!only;
    // With --test-only, the tests at a level run only if marked `only`,
    // unless their parent is itself marked (then all of them run).
    this.runOnlySubtests = parent === null ? this.harness.config.only :
      parent.runOnlySubtests && !this.only;

    // An empty string still skips (or marks todo), without a message.
    if (skip || typeof skip === 'string') {
      this.skipped = true;
      this.message = typeof skip === 'string' ? skip : undefined;
    }
    if (todo || typeof todo === 'string') {
      this.isTodo = true;
      if (!this.skipped) this.message = typeof todo === 'string' ? todo : undefined;
    }
    if (parent !== null) {
      if (only && !this.harness.config.only) {
        ArrayPrototypePush(this.diagnostics, "'only' and 'runOnly' require " +
                           'the --test-only command-line option.');
      }
      if (parent.runOnlySubtests && !this.only) {
        this.skipped = true;
        this.skippedForOnly = true;
        this.message = "'only' option not set";
      }
    }
  }

  get isSuite() {
    return false;
  }

  fullName() {
    let name = this.name;
    for (let t = this.parent; t !== null && t.parent !== null; t = t.parent) {
      name = `${t.name} > ${name}`;
    }
    return name;
  }

  // Whether --test-name-pattern lets this test run: its name or an
  // ancestor's matches.
  matchesNamePatterns() {
    const patterns = this.harness.config.namePatterns;
    if (patterns === null) return true;
    for (let t = this; t !== null && t.parent !== null; t = t.parent) {
      for (let i = 0; i < patterns.length; i++) {
        if (RegExpPrototypeExec(patterns[i], t.name) !== null) return true;
      }
    }
    return false;
  }

  createSubtest(Factory, name, options, fn, overrides) {
    const args = parseArgs(name, options, fn);
    // A subtest made after its parent ended fails, and is reported at the
    // top level after the rest (as in node).
    const parent = this.finished ? this.harness.root : this;
    const subtest = new Factory({
      __proto__: null,
      name: args.name,
      fn: args.fn,
      options: args.options,
      parent,
      loc: overrides?.loc,
    });
    ArrayPrototypePush(parent.children, subtest);
    if (parent !== this) {
      subtest.finishWith(new ERR_TEST_FAILURE(
        'test could not be started because its parent finished',
        kParentAlreadyFinished));
    }
    return subtest;
  }

  addHook(type, fn, options) {
    validateFunction(fn, 'fn');
    if (options !== undefined) validateObject(options, 'options');
    let timeout = options?.timeout;
    if (timeout === undefined) timeout = this.timeout;
    else validateNumber(timeout, 'options.timeout', 0, kTimeoutMax);
    const hook = { __proto__: null, fn, timeout, signal: options?.signal,
                   ran: false };
    ArrayPrototypePush(this.hooks[type], hook);
    // A before hook added while its test runs runs at once (as in node).
    if (type === 'before' && this.started && !this.isSuite &&
        this.parent !== null && !this.finished) {
      hook.ran = true;
      PromisePrototypeThen(
        PromiseResolve(this.runHook(hook, new TestContext(this))), undefined,
        (err) => this.recordFailure(new ERR_TEST_FAILURE(err, kHookFailure)));
    }
  }

  mockTracker() {
    if (this.mock === null) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      this.mock = new MockTracker();
    }
    return this.mock;
  }

  boundAssert() {
    if (this.assertObject === null) {
      const assert = require('assert');
      const out = { __proto__: null };
      const names = ['deepEqual', 'deepStrictEqual', 'doesNotMatch',
                     'doesNotReject', 'doesNotThrow', 'equal', 'fail',
                     'ifError', 'match', 'notDeepEqual',
                     'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok',
                     'rejects', 'strictEqual', 'throws'];
      for (const name of names) {
        const method = assert[name];
        out[name] = (...args) => {
          this.countPlanned();
          return ReflectApply(method, assert, args);
        };
      }
      // ok() quotes its call site's source: start the search above this
      // wrapper.
      const { innerOk } = require('internal/assert/utils');
      const ok = (...args) => {
        this.countPlanned();
        innerOk(ok, args.length, ...args);
      };
      out.ok = ok;
      this.assertObject = out;
    }
    return this.assertObject;
  }

  countPlanned() {
    this.actualCount++;
  }

  data() {
    const out = { __proto__: null, name: this.name, nesting: this.nesting };
    if (this.loc !== undefined) {
      out.file = this.loc.file;
      out.line = this.loc.line;
      out.column = this.loc.column;
    }
    return out;
  }

  completeData() {
    const data = this.resultData();
    data.details.passed = this.passed;
    return data;
  }

  resultData() {
    const details = { __proto__: null, duration_ms: this.durationMs() };
    if (this.reportedType !== undefined) details.type = this.reportedType;
    if (!this.passed) details.error = this.error;
    const data = this.data();
    data.testNumber = this.testNumber;
    data.details = details;
    if (this.skipped) data.skip = this.message ?? true;
    else if (this.isTodo) data.todo = this.message ?? true;
    return data;
  }

  durationMs() {
    if (this.startTime === null) return 0;
    const end = this.endTime ?? hrtimeNow();
    return Number(end - this.startTime) / 1e6;
  }

  // Called by the parent: runs now or waits for a free slot. Resolves when
  // the test has finished.
  start() {
    if (this.finished) return this.done.promise;
    const parent = this.parent;
    this.harness.emit('test:enqueue', this.data());
    if (parent.activeSubtests < parent.concurrency) {
      parent.activeSubtests++;
      this.runGuarded();
    } else {
      ArrayPrototypePush(parent.queue, this);
    }
    return this.done.promise;
  }

  runGuarded() {
    PromisePrototypeThen(this.run(), undefined, (err) => {
      // An internal failure must still finish the test.
      if (!this.finished) this.finishWith(err);
    });
  }

  startNextQueued() {
    while (this.queue.length > 0 && this.activeSubtests < this.concurrency) {
      const next = ArrayPrototypeShift(this.queue);
      if (next.finished) continue;
      this.activeSubtests++;
      next.runGuarded();
    }
  }

  shouldSkip() {
    if (this.skippedForOnly) return true;
    if (!this.isSuite && !this.matchesNamePatterns()) {
      this.skipped = true;
      this.message = 'test name does not match pattern';
      return true;
    }
    return this.skipped;
  }

  async run() {
    this.started = true;
    this.harness.emit('test:dequeue', this.data());
    this.harness.running.add(this);
    this.startTime = hrtimeNow();
    if (this.outerSignal?.aborted) {
      this.abortWith(this.outerSignal.reason);
      return;
    }
    // The parent's before hooks run even when this test is skipped.
    if (this.parent.hasPendingBefore()) {
      try {
        await this.parent.runBeforeOnce();
      } catch (err) {
        this.finishWith(err);
        return;
      }
    }
    if (this.shouldSkip()) {
      this.passed = true;
      this.finishWith(null);
      return;
    }
    const onAbort = () => this.abortWith(this.outerSignal.reason);
    this.outerSignal?.addEventListener('abort', onAbort);
    let timer;
    const stop = deferred();
    this.stop = stop;
    if (this.timeout !== Infinity) {
      timer = setTimeout(() => {
        this.cancelWith(new ERR_TEST_FAILURE(
          `test timed out after ${this.timeout}ms`, kTestTimeoutFailure));
      }, this.timeout);
    }
    const ctx = new TestContext(this);
    let ranBeforeEach = false;
    try {
      // Without hooks to wait for, the function runs synchronously inside
      // test()/t.test(), as in node.
      if (this.parent.hasPendingBefore()) await this.parent.runBeforeOnce();
      if (this.hasEachHooks('beforeEach')) {
        await this.runEachHooks('beforeEach', ctx);
      }
      ranBeforeEach = true;
      if (!this.finished) {
        await Promise.race([this.invoke(ctx), stop.promise]);
      }
    } catch (err) {
      if (!this.finished) this.recordFailure(err);
    }
    if (ranBeforeEach && !this.finished && this.hasEachHooks('afterEach')) {
      try {
        await this.runEachHooks('afterEach', ctx);
      } catch (err) {
        if (!this.finished) this.recordFailure(err);
      }
    }
    if (timer !== undefined) clearTimeout(timer);
    this.outerSignal?.removeEventListener('abort', onAbort);
    if (this.finished) return;
    await this.runOwnHooks('after', ctx);
    if (this.finished) return;
    this.finishWith(this.error);
  }

  // Calls the test function, with a `done` callback when it declares two
  // parameters.
  invoke(ctx) {
    const fn = this.fn;
    const args = [ctx];
    if (fn.length >= 2) {
      return new Promise((resolve, reject) => {
        let called = false;
        let running = true;
        const done = (err) => {
          if (called) {
            // Twice while the function runs fails the test; later, the
            // error is thrown where done() was called.
            const twice = new ERR_TEST_FAILURE('callback invoked multiple times',
                                               kMultipleCallbackInvocations);
            if (running) {
              this.recordFailure(twice);
              return;
            }
            throw twice;
          }
          called = true;
          if (err) reject(err);
          else resolve();
        };
        ArrayPrototypePush(args, done);
        let result;
        try {
          result = testStorage.run(this, () => ReflectApply(fn, ctx, args));
        } finally {
          running = false;
        }
        if (result !== null && typeof result?.then === 'function') {
          PromisePrototypeThen(result, noop, noop);
          reject(new ERR_TEST_FAILURE(
            'passed a callback but also returned a Promise',
            kCallbackAndPromisePresent));
        }
      });
    }
    return testStorage.run(this, () => ReflectApply(fn, ctx, args));
  }

  hasPendingBefore() {
    for (let t = this; t !== null; t = t.parent) {
      if (!t.beforeRan && ArrayPrototypeSome(t.hooks.before, (h) => !h.ran)) {
        return true;
      }
    }
    return false;
  }

  hasEachHooks(type) {
    for (let t = this.parent; t !== null; t = t.parent) {
      if (t.hooks[type].length > 0) return true;
    }
    return false;
  }

  // Runs a test's own before hooks once, before its first subtest.
  async runBeforeOnce() {
    if (this.beforeRan) return;
    this.beforeRan = true;
    if (this.parent !== null) await this.parent.runBeforeOnce();
    if (this.hooks.before.length === 0) return;
    const ctx = this.isSuite ? new SuiteContext(this) : new TestContext(this);
    await this.runOwnHooks('before', ctx);
  }

  async runOwnHooks(type, ctx) {
    const hooks = this.hooks[type];
    for (let i = 0; i < hooks.length; i++) {
      if (hooks[i].ran) continue;
      hooks[i].ran = true;
      try {
        await this.runHook(hooks[i], ctx);
      } catch (err) {
        this.recordFailure(new ERR_TEST_FAILURE(err, kHookFailure));
        if (type === 'before') throw this.error;
        return;
      }
    }
  }

  // beforeEach hooks of the ancestors run outermost first, afterEach hooks
  // innermost first.
  async runEachHooks(type, ctx) {
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) {
      if (type === 'beforeEach') chain.unshift(t);
      else ArrayPrototypePush(chain, t);
    }
    for (let i = 0; i < chain.length; i++) {
      const hooks = chain[i].hooks[type];
      for (let j = 0; j < hooks.length; j++) {
        try {
          await this.runHook(hooks[j], ctx);
        } catch (err) {
          throw new ERR_TEST_FAILURE(err, kHookFailure);
        }
      }
    }
  }

  runHook(hook, ctx) {
    const { fn, timeout } = hook;
    let result;
    if (fn.length >= 2) {
      result = new Promise((resolve, reject) => {
        testStorage.run(this, () => FunctionPrototypeCall(fn, ctx, ctx, (err) => {
          if (err) reject(err);
          else resolve();
        }));
      });
    } else {
      result = testStorage.run(this, () => FunctionPrototypeCall(fn, ctx, ctx));
    }
    if (timeout === Infinity || typeof result?.then !== 'function') {
      return result;
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new ERR_TEST_FAILURE(`failed running ${hookName(hook, this)} hook`,
                                    kTestTimeoutFailure));
      }, timeout);
      PromisePrototypeThen(result, (value) => {
        clearTimeout(timer);
        resolve(value);
      }, (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  recordFailure(err) {
    if (this.error !== null) return;
    if (err?.code === 'ERR_TEST_FAILURE' && err.failureType !== undefined) {
      this.error = err;
    } else {
      this.error = new ERR_TEST_FAILURE(err, kTestCodeFailure);
    }
  }

  // Fails the test now (an uncaught error charged to it): its function may
  // still be pending, but the test is over.
  failNow(err) {
    this.recordFailure(err);
    this.stop?.resolve();
    if (!this.started) this.finishWith(this.error);
  }

  cancelWith(err) {
    if (this.finished) return;
    this.recordFailure(err);
    this.cancelled = true;
    this.controller.abort();
    if (this.stop) this.stop.resolve();
    else this.finishWith(this.error);
  }

  abortWith(reason) {
    const error = reason ?? new (require('internal/errors').AbortError)(
      'The test was aborted');
    if (error !== null && typeof error === 'object') {
      try {
        error.failureType = kAborted;
      } catch {
        // A frozen reason keeps its shape.
      }
    }
    this.error = error;
    this.cancelled = true;
    this.controller.abort();
    if (this.stop) this.stop.resolve();
    else this.finishWith(error);
  }

  // Ends the test: cancels what is still running below it, checks the plan
  // and the subtests, and reports what can be reported.
  finishWith(err, cancelReason) {
    if (this.finished) return;
    if (err !== null && err !== undefined) this.recordFailure(err);
    if (this.startTime === null) this.startTime = hrtimeNow();
    // Cancelling a running subtest starts the next queued one, which sees
    // its aborted signal (as in node); the rest are cancelled below.
    for (let i = 0; i < this.children.length; i++) {
      const child = this.children[i];
      if (!child.finished) {
        child.cancelAndFinish(cancelReason ?? new ERR_TEST_FAILURE(
          'test did not finish before its parent and was cancelled',
          kCancelledByParent));
      }
    }
    this.queue = [];
    if (this.error === null && this.planCount !== undefined &&
        !this.skipped && this.planCount !== this.actualCount) {
      this.error = new ERR_TEST_FAILURE(
        `plan expected ${this.planCount} assertions but received ` +
        `${this.actualCount}`, kTestCodeFailure);
    }
    if (this.error === null) {
      let failed = 0;
      for (let i = 0; i < this.children.length; i++) {
        const child = this.children[i];
        if (!child.passed && !child.isTodo) failed++;
      }
      if (failed > 0) {
        this.error = new ERR_TEST_FAILURE(
          `${failed} subtest${failed > 1 ? 's' : ''} failed`, kSubtestsFailed);
      }
    }
    this.passed = this.error === null;
    this.endTime = hrtimeNow();
    this.finished = true;
    this.stop?.resolve();
    if (!this.controller.signal.aborted) this.controller.abort();
    if (this.mock !== null) this.mock.reset();
    this.harness.running.delete(this);
    if (this.parent !== null) {
      this.harness.emit('test:complete', this.completeData());
      if (this.started) {
        this.parent.activeSubtests--;
        this.parent.startNextQueued();
      }
      this.harness.reportReady();
    }
    this.done.resolve();
  }

  // The reason a test is cancelled cancels what runs below it too.
  cancelAndFinish(err) {
    this.recordFailure(err);
    this.cancelled = true;
    this.finishWith(this.error, err);
  }
}

function hookName(hook, test) {
  for (const type of ['before', 'after', 'beforeEach', 'afterEach']) {
    if (ArrayPrototypeSome(test.hooks[type], (h) => h === hook)) return type;
  }
  for (let t = test.parent; t !== null; t = t.parent) {
    for (const type of ['beforeEach', 'afterEach']) {
      if (ArrayPrototypeSome(t.hooks[type], (h) => h === hook)) return type;
    }
  }
  return 'hook';
}

// describe()/suite(): its function runs at once and declares the subtests;
// they run, in order and with the suite's concurrency, when the suite runs.
class Suite extends Test {
  constructor(init) {
    super(init);
    this.reportedType = 'suite';
    // Under --test-only a suite runs only its `only` children, even when it
    // is marked `only` itself.
    if (this.harness.config.only) this.runOnlySubtests = true;
    this.buildError = null;
    this.buildPromise = null;
    if (this.skipped) return;
    const ctx = new SuiteContext(this);
    try {
      const result = testStorage.run(this, () =>
        FunctionPrototypeCall(this.fn, ctx, ctx));
      if (result !== null && typeof result?.then === 'function') {
        this.buildPromise = PromisePrototypeThen(result, noop, (err) => {
          this.buildError = err;
        });
      }
    } catch (err) {
      this.buildError = err;
    }
  }

  get isSuite() {
    return true;
  }

  async run() {
    this.started = true;
    this.harness.emit('test:dequeue', this.data());
    this.harness.running.add(this);
    this.startTime = hrtimeNow();
    if (this.buildPromise !== null) await this.buildPromise;
    if (this.buildError !== null) {
      this.finishWith(new ERR_TEST_FAILURE(this.buildError, kTestCodeFailure));
      return;
    }
    if (this.outerSignal?.aborted) {
      this.abortWith(this.outerSignal.reason);
      return;
    }
    if (this.skipped) {
      this.passed = true;
      this.children = [];
      this.finishWith(null);
      return;
    }
    const stop = deferred();
    this.stop = stop;
    let timer;
    if (this.timeout !== Infinity) {
      timer = setTimeout(() => {
        this.cancelWith(new ERR_TEST_FAILURE(
          `test timed out after ${this.timeout}ms`, kTestTimeoutFailure));
      }, this.timeout);
    }
    const ctx = new SuiteContext(this);
    try {
      await this.parent.runBeforeOnce();
      await this.runBeforeOnce();
      const runs = [];
      for (let i = 0; i < this.children.length; i++) {
        ArrayPrototypePush(runs, this.children[i].start());
      }
      await Promise.race([Promise.all(runs), stop.promise]);
    } catch (err) {
      if (!this.finished) this.recordFailure(err);
    }
    if (timer !== undefined) clearTimeout(timer);
    if (this.finished) return;
    await this.runOwnHooks('after', ctx);
    if (this.finished) return;
    this.finishWith(this.error);
  }
}

// The root of a file's tests: never reported itself; its children are the
// top-level tests, run one at a time.
class RootTest extends Test {
  constructor(harness) {
    super({ __proto__: null, name: '<root>', fn: noop, parent: null, harness,
            loc: undefined, options: { __proto__: null,
                                       concurrency: harness.config.concurrency } });
    this.started = true;
    this.startTime = hrtimeNow();
  }
}

module.exports = {
  RootTest,
  Suite,
  Test,
  TestContext,
  callerLocation,
  kCancelledByParent,
  kSubtestsFailed,
  kTestCodeFailure,
  kTestTimeoutFailure,
  kAborted,
  parseArgs,
  testStorage,
  deferred,
};
