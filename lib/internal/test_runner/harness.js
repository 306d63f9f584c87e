'use strict';

// The per-process test harness behind require('node:test'): the root test,
// the event stream and its reporters, counting, uncaught errors charged to
// the running test, and the end of the run when the event loop empties.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ObjectDefineProperty,
  PromiseResolve,
  RegExp,
  RegExpPrototypeExec,
  SafeSet,
} = primordials;

const { codes: { ERR_TEST_FAILURE } } = require('internal/errors');
const { relative } = require('path');
const {
  RootTest,
  Suite,
  TestContext,
  callerLocation,
  kCancelledByParent,
  parseArgs,
  testStorage,
} = require('internal/test_runner/test');
const { TestsStream } = require('internal/test_runner/tests_stream');

// A pattern given as `/source/flags` is a RegExp literal; anything else is
// the source of a RegExp.
function toRegExp(pattern) {
  if (pattern instanceof RegExp) return pattern;
  const literal = RegExpPrototypeExec(/^\/(.*)\/([a-z]*)$/s, pattern);
  if (literal !== null) return new RegExp(literal[1], literal[2]);
  return new RegExp(pattern);
}

function namePatterns(list) {
  if (list === undefined || list === null) return null;
  const items = ArrayIsArray(list) ? list : [list];
  if (items.length === 0) return null;
  const out = [];
  for (let i = 0; i < items.length; i++) ArrayPrototypePush(out, toRegExp(items[i]));
  return out;
}

class Harness {
  constructor(config) {
    this.config = config;
    this.stream = new TestsStream();
    this.counters = {
      __proto__: null, tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0,
      skipped: 0, todo: 0, topLevel: 0,
    };
    this.success = true;
    this.running = new SafeSet();
    this.root = new RootTest(this);
    this.finished = false;
    this.startedAt = process.hrtime.bigint();
    this.rootKicked = false;
    this.reportersDone = undefined;
    // Set by the file runner: top-level results are numbered across files,
    // and a file's own result may be replaced by what it reported.
    this.topNumber = 0;
    this.replay = null;
  }

  emit(type, data) {
    if (type === 'test:pass' || type === 'test:fail') this.count(type, data);
    this.stream.pushEvent(type, data);
  }

  // Counts a reported result (also for results relayed from a child
  // process).
  count(type, data) {
    const c = this.counters;
    if (data.nesting === 0) c.topLevel++;
    if (data.details?.type === 'suite') {
      c.suites++;
      if (type === 'test:fail') this.success = false;
      return;
    }
    c.tests++;
    const failureType = data.details?.error?.failureType;
    if (data.todo !== undefined) {
      c.todo++;
    } else if (type === 'test:fail' &&
               (failureType === 'cancelledByParent' ||
                failureType === 'testTimeoutFailure' ||
                failureType === 'testAborted')) {
      c.cancelled++;
      this.success = false;
    } else if (type === 'test:fail') {
      c.fail++;
      this.success = false;
    } else if (data.skip !== undefined) {
      c.skipped++;
    } else {
      c.pass++;
    }
  }

  // Reports, in definition order, every result whose turn has come.
  reportReady() {
    reportFrom(this.root);
    const root = this.root;
    if (this.finished || root.queue.length !== 0 ||
        !root.children.every((child) => child.finished)) {
      return;
    }
    // The global after() hooks run as soon as the known tests are done.
    if (root.hooks.after.length > 0) {
      root.runOwnHooks('after', new TestContext(root));
    }
    if (this.config.forceExit) this.forceExit();
  }

  // --test-force-exit: ends the process once the known tests are done and
  // reported, whatever keeps the event loop alive.
  async forceExit() {
    await this.finish('test did not finish before its parent and was cancelled');
    await this.reportersDone;
    process.exit();
  }

  // The top-level tests start after the current synchronous code and its
  // first microtasks, as in node.
  kickRoot() {
    if (this.rootKicked) return;
    this.rootKicked = true;
    process.nextTick(() => queueMicrotask(() => {
      this.root.queueStarted = true;
      this.root.startNextQueued();
    }));
  }

  addTopLevel(test) {
    ArrayPrototypePush(this.root.children, test);
    this.emit('test:enqueue', test.data());
    ArrayPrototypePush(this.root.queue, test);
    test.queuedAtRoot = true;
    if (this.root.queueStarted) this.root.startNextQueued();
    this.kickRoot();
  }

  // Ends the run: cancels what never finished, reports the rest, the plan
  // and the summary.
  async finish(reason) {
    if (this.finished) return;
    this.finished = true;
    const root = this.root;
    // Nothing queued starts any more.
    root.queue = [];
    for (let i = 0; i < root.children.length; i++) {
      const child = root.children[i];
      if (!child.finished) {
        child.cancelAndFinish(new ERR_TEST_FAILURE(reason, kCancelledByParent));
      }
    }
    // Global hooks run even when there was no test to run.
    if (root.hasPendingBefore()) await root.runBeforeOnce();
    if (root.hooks.after.length > 0) {
      await root.runOwnHooks('after', new TestContext(root));
    }
    root.finished = true;
    this.reportReady();
    if (this.config.childMode) {
      for (let i = 0; i < root.diagnostics.length; i++) {
        this.emit('test:diagnostic', { __proto__: null, nesting: 0,
                                       message: root.diagnostics[i] });
      }
    } else {
      this.emitSummary();
    }
    // run() leaves the exit code to its caller.
    if (!this.success && !this.config.quiet) process.exitCode = 1;
    this.stream.finish();
  }

  emitSummary() {
    const root = this.root;
    const c = this.counters;
    this.emit('test:plan', { __proto__: null, nesting: 0, count: c.topLevel });
    const lines = [...root.diagnostics];
    const ms = Number(process.hrtime.bigint() - this.startedAt) / 1e6;
    ArrayPrototypePush(lines, `tests ${c.tests}`, `suites ${c.suites}`,
                       `pass ${c.pass}`, `fail ${c.fail}`,
                       `cancelled ${c.cancelled}`, `skipped ${c.skipped}`,
                       `todo ${c.todo}`, `duration_ms ${ms}`);
    for (let i = 0; i < lines.length; i++) {
      this.emit('test:diagnostic', { __proto__: null, nesting: 0,
                                     message: lines[i] });
    }
  }

  // An error nobody caught: charged to the test whose code caused it, or
  // reported as a diagnostic when that test has already ended.
  onAsyncError(err, kind) {
    let test = testStorage.getStore();
    if (test === undefined || test === this.root) {
      // Rejections are processed outside the test's context: the running
      // test is the best guess.
      for (const t of this.running) test = t;
    }
    if (test !== undefined && test !== this.root && !test.finished) {
      test.failNow(new ERR_TEST_FAILURE(err, kind));
      return;
    }
    // An error no test caused is the process's own: rethrown from the
    // handler, it ends the process with code 7, as in node.
    if (test === undefined || test === this.root) throw err;
    let where = `Test "${test.name}"`;
    if (test.loc !== undefined) {
      where += ` at ${relative(process.cwd(), test.loc.file)}:` +
        `${test.loc.line}:${test.loc.column}`;
    }
    ArrayPrototypePush(this.root.diagnostics,
                       `Error: ${where} generated asynchronous activity after ` +
                       `the test ended. This activity created the error "${err}"` +
                       ` and would have caused the test to fail, but instead ` +
                       `triggered an ${kind} event.`);
    this.success = false;
  }
}

function reportFrom(test) {
  while (test.nextReport < test.children.length) {
    const child = test.children[test.nextReport];
    if (!child.finished) {
      reportFrom(child);
      return;
    }
    reportFrom(child);
    reportResult(child);
    test.nextReport++;
  }
}

function reportStart(test) {
  if (test.startReported || test.parent === null) return;
  test.startReported = true;
  reportStart(test.parent);
  test.harness.emit('test:start', test.data());
}

function reportResult(test) {
  if (test.reported) return;
  test.reported = true;
  const harness = test.harness;
  if (harness.replay !== null && harness.replay(test)) return;
  if (test.children.length > 0) {
    reportStart(test);
    const data = test.data();
    harness.emit('test:plan', { __proto__: null, nesting: test.nesting + 1,
                                count: test.children.length,
                                file: data.file, line: data.line,
                                column: data.column });
  } else {
    reportStart(test);
  }
  harness.emit(test.passed ? 'test:pass' : 'test:fail', test.resultData());
  for (let i = 0; i < test.diagnostics.length; i++) {
    const data = test.data();
    data.message = test.diagnostics[i];
    delete data.name;
    harness.emit('test:diagnostic', data);
  }
}

let harness = null;

function readConfig() {
  const options = internalBinding('options').getOptions();
  return {
    __proto__: null,
    only: options.testOnly,
    namePatterns: namePatterns(options.testNamePatterns),
    concurrency: 1,
    forceExit: options.testForceExit,
    childMode: process.env.NODE_TEST_CONTEXT === 'child-v8',
  };
}

// The process-wide harness, made by the first test()/describe() call: it
// starts the reporters and ends the run when the event loop empties.
function getHarness() {
  if (harness !== null) return harness;
  harness = new Harness(readConfig());
  const { setupReporters } = require('internal/test_runner/reporters');
  harness.reportersDone = setupReporters(harness.stream, harness.config.childMode);
  process.on('uncaughtException', (err) => harness.onAsyncError(err, 'uncaughtException'));
  process.on('unhandledRejection', (err) => harness.onAsyncError(err, 'unhandledRejection'));
  process.on('beforeExit', () => {
    harness.finish('Promise resolution is still pending but the event loop ' +
                   'has already resolved');
  });
  process.on('exit', () => {
    if (!harness.finished) {
      harness.finish('Promise resolution is still pending but the event ' +
                     'loop has already resolved');
    }
  });
  return harness;
}

function currentParent() {
  const h = getHarness();
  const store = testStorage.getStore();
  if (store !== undefined && store.harness === h) return store;
  return h.root;
}

function create(Factory, name, options, fn, extra, skipFrame) {
  const parent = currentParent();
  const h = parent.harness;
  const args = parseArgs(name, options, fn);
  const opts = { __proto__: null, ...args.options, ...extra };
  const loc = callerLocation(skipFrame);
  if (parent !== h.root) {
    const test = parent.createSubtest(Factory, args.name, opts, args.fn,
                                      { __proto__: null, loc });
    if (test.parent !== parent) return test.done.promise;
    if (parent.isSuite) return PromiseResolve();
    parent.countPlanned();
    const done = test.start();
    return Factory === Suite ? PromiseResolve() : done;
  }
  const test = new Factory({
    __proto__: null, name: args.name, fn: args.fn, options: opts, parent, loc,
  });
  h.addTopLevel(test);
  return Factory === Suite ? PromiseResolve() : test.done.promise;
}

// test()/it() and describe()/suite(), with their .skip/.todo/.only forms.
function testRunner(Factory) {
  const wrap = (extra) => {
    const fn = function(name, options, body) {
      return create(Factory, name, options, body, extra, fn);
    };
    return fn;
  };
  const main = wrap(undefined);
  ObjectDefineProperty(main, 'name', {
    __proto__: null, value: Factory === Suite ? 'suite' : 'test',
  });
  main.skip = wrap({ __proto__: null, skip: true });
  main.todo = wrap({ __proto__: null, todo: true });
  main.only = wrap({ __proto__: null, only: true });
  return main;
}

function hook(type) {
  return function(fn, options) {
    const parent = currentParent();
    parent.addHook(type, fn, options);
  };
}

module.exports = {
  Harness,
  getHarness,
  hook,
  namePatterns,
  testRunner,
  toRegExp,
};
