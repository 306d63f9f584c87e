'use strict';

// Running test files in child processes: `nodus --test [paths]` and run().
// Each file runs in its own process of process.execPath, which reports its
// events on stdout (reporter/child.js); the parent relays them in file order
// through one TestsStream, renumbering top-level tests and counting results.
// A file that reports no test is itself a test: it passes when it exits 0.

const {
  ArrayIsArray,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  MathMax,
  RegExp,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_TEST_FAILURE,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');
const fs = require('fs');
const path = require('path');
const { Harness, namePatterns } = require('internal/test_runner/harness');
const {
  Test,
  kTestCodeFailure,
  kTestTimeoutFailure,
} = require('internal/test_runner/test');
const { setTimeout, clearTimeout } = require('timers');
const { parseLine } = require('internal/test_runner/reporter/child');

const kTestFileName = /^(?:test|test-.+|.+[.\-_]test)\.[cm]?js$/;
const kScriptExt = /\.[cm]?js$/;

// The test files under `dir`: in a `test` directory every script, elsewhere
// the names node's default patterns match; node_modules is skipped.
function walk(dir, inTestDir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules') continue;
      walk(full, inTestDir || entry.name === 'test', out);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      if (inTestDir ? RegExpPrototypeExec(kScriptExt, entry.name) !== null :
        RegExpPrototypeExec(kTestFileName, entry.name) !== null) {
        ArrayPrototypePush(out, full);
      }
    }
  }
}

// The files `nodus --test a b c` runs; exits with node's message when a path
// does not exist.
function findTestFiles(paths) {
  const cwd = process.cwd();
  const out = [];
  if (paths.length === 0) {
    walk(cwd, false, out);
    return ArrayPrototypeSort(out);
  }
  const seen = new SafeSet();
  for (let i = 0; i < paths.length; i++) {
    const full = path.resolve(cwd, paths[i]);
    let stats;
    try {
      stats = fs.statSync(full);
    } catch {
      process.stderr.write(`Could not find '${full}'\n`);
      process.exit(1);
    }
    const found = [];
    if (stats.isDirectory()) {
      walk(full, path.basename(full) === 'test', found);
      ArrayPrototypeSort(found);
    } else {
      ArrayPrototypePush(found, full);
    }
    for (let j = 0; j < found.length; j++) {
      if (!seen.has(found[j])) {
        seen.add(found[j]);
        ArrayPrototypePush(out, found[j]);
      }
    }
  }
  return out;
}

// The test runner's own options, which a child does not inherit (those
// with a value may be written `--opt value` or `--opt=value`).
const kRunnerOptions = new SafeSet(['--test', '--test-only']);
const kRunnerOptionsWithValue = new SafeSet([
  '--test-reporter', '--test-reporter-destination', '--test-concurrency',
  '--test-name-pattern', '--test-timeout',
]);

// The options a child inherits, plus the ones that select its tests.
function childExecArgv(config) {
  const argv = process.execArgv;
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = StringPrototypeIndexOf(arg, '=');
    const name = eq === -1 ? arg : StringPrototypeSlice(arg, 0, eq);
    if (kRunnerOptions.has(arg)) continue;
    if (kRunnerOptionsWithValue.has(name)) {
      if (eq === -1) i++;
      continue;
    }
    ArrayPrototypePush(out, arg);
  }
  if (config.only) ArrayPrototypePush(out, '--test-only');
  for (let i = 0; i < config.patternSources.length; i++) {
    ArrayPrototypePush(out, `--test-name-pattern=${config.patternSources[i]}`);
  }
  return out;
}

class FileTest extends Test {
  constructor(init, file) {
    super(init);
    this.file = file;
    this.events = [];
    this.reportsTests = false;
    this.exitCode = null;
    this.exitSignal = null;
  }

  async run() {
    this.started = true;
    this.harness.emit('test:dequeue', this.data());
    this.harness.running.add(this);
    this.startTime = process.hrtime.bigint();
    const { spawn } = require('child_process');
    const config = this.harness.config;
    const env = { __proto__: null, ...process.env, NODE_TEST_CONTEXT: 'child-v8' };
    const child = spawn(process.execPath,
                        [...childExecArgv(config), this.file],
                        { env, stdio: ['ignore', 'pipe', 'pipe'],
                          signal: config.signal });
    this.child = child;
    let timedOut = false;
    let timer;
    if (this.timeout !== Infinity) {
      timer = setTimeout(() => {
        timedOut = true;
        child.kill();
      }, this.timeout);
    }
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      let nl;
      while ((nl = StringPrototypeIndexOf(pending, '\n')) !== -1) {
        this.onLine(StringPrototypeSlice(pending, 0, nl));
        pending = StringPrototypeSlice(pending, nl + 1);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      this.harness.emit('test:stderr', { __proto__: null, file: this.file,
                                         message: chunk });
    });
    const { 0: code, 1: signal } = await new Promise((resolve) => {
      child.on('error', () => {});
      child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    if (timer !== undefined) clearTimeout(timer);
    if (pending !== '') this.onLine(pending);
    this.exitCode = code;
    this.exitSignal = signal;
    if (timedOut) {
      this.reportsTests = false;
      this.cancelled = true;
      this.finishWith(new ERR_TEST_FAILURE(
        `test timed out after ${this.timeout}ms`, kTestTimeoutFailure));
      return;
    }
    if (!this.reportsTests && (code !== 0 || signal !== null)) {
      const err = new ERR_TEST_FAILURE('test failed', kTestCodeFailure);
      err.exitCode = code;
      err.signal = signal;
      this.finishWith(err);
      return;
    }
    if (this.reportsTests && (code !== 0 || signal !== null)) {
      this.harness.success = false;
    }
    this.finishWith(null);
  }

  onLine(line) {
    const event = parseLine(line);
    if (event === null) {
      this.harness.emit('test:stdout', { __proto__: null, file: this.file,
                                         message: `${line}\n` });
      return;
    }
    const { type } = event;
    if (type === 'test:pass' || type === 'test:fail') this.reportsTests = true;
    if (type === 'test:complete' || type === 'test:enqueue' ||
        type === 'test:dequeue') {
      this.harness.emit(type, event.data);
      return;
    }
    ArrayPrototypePush(this.events, event);
  }

  // Replaces this test's own result with what the file reported.
  replay() {
    for (let i = 0; i < this.events.length; i++) {
      const { type, data } = this.events[i];
      if (data.nesting === 0 && (type === 'test:pass' || type === 'test:fail')) {
        data.testNumber = ++this.harness.topNumber;
      }
      this.harness.emit(type, data);
    }
  }
}

function concurrencyOption(value) {
  if (value === undefined || value === false) return 1;
  if (value === true) {
    return MathMax(require('os').availableParallelism() - 1, 1);
  }
  validateInteger(value, 'options.concurrency', 1);
  return value;
}

// Starts the files' processes; the harness's stream carries the results and
// ends when every file is done.
function runFiles(files, config) {
  const harness = new Harness(config);
  const root = harness.root;
  // A file's own result keeps the file's number; what a file reported is
  // numbered on from all the top-level results so far (as node does).
  harness.replay = (test) => {
    if (test instanceof FileTest && test.reportsTests) {
      test.replay();
      return true;
    }
    harness.topNumber++;
    return false;
  };
  const cwd = process.cwd();
  for (let i = 0; i < files.length; i++) {
    const file = path.resolve(cwd, files[i]);
    const test = new FileTest({
      __proto__: null, name: files[i], fn: () => {}, parent: root,
      loc: { __proto__: null, file, line: 1, column: 1 },
      options: { __proto__: null, timeout: config.timeout },
    }, file);
    ArrayPrototypePush(root.children, test);
  }
  harness.start = () => process.nextTick(async () => {
    const runs = [];
    for (let i = 0; i < root.children.length; i++) {
      ArrayPrototypePush(runs, root.children[i].start());
    }
    await Promise.all(runs);
    await harness.finish('test did not finish before its parent and was cancelled');
  });
  return harness;
}

// run([options]): returns the TestsStream of the files' results.
function run(options = { __proto__: null }) {
  validateObject(options, 'options');
  let { files, only, testNamePatterns, signal, setup } = options;
  const concurrency = concurrencyOption(options.concurrency);
  if (files !== undefined) validateArray(files, 'options.files');
  if (only !== undefined) validateBoolean(only, 'options.only');
  if (setup !== undefined) validateFunction(setup, 'options.setup');
  if (testNamePatterns !== undefined && !ArrayIsArray(testNamePatterns) &&
      typeof testNamePatterns !== 'string' &&
      !(testNamePatterns instanceof RegExp)) {
    throw new ERR_INVALID_ARG_TYPE('options.testNamePatterns',
                                   ['string', 'RegExp', 'Array'],
                                   testNamePatterns);
  }
  const patternList = testNamePatterns === undefined ? [] :
    (ArrayIsArray(testNamePatterns) ? testNamePatterns : [testNamePatterns]);
  const config = {
    __proto__: null,
    only: !!only,
    namePatterns: namePatterns(patternList),
    patternSources: ArrayPrototypeMap(patternList,
                                     (p) => (p instanceof RegExp ? `${p}` : p)),
    concurrency,
    childMode: false,
    quiet: true,
    signal,
  };
  let { timeout } = options;
  if (timeout !== undefined && timeout !== Infinity) {
    validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
  } else {
    timeout = Infinity;
  }
  config.timeout = timeout;
  const list = files === undefined ? findTestFiles([]) : files;
  const harness = runFiles(list, config);
  if (setup !== undefined) setup(harness.stream);
  harness.start();
  return harness.stream;
}

// `nodus --test [paths]`.
function runFromCommandLine(paths) {
  const options = internalBinding('options').getOptions();
  const files = findTestFiles(paths);
  const patterns = options.testNamePatterns;
  let concurrency = options.testConcurrency;
  const timeout = options.testTimeout === 0 ? Infinity : options.testTimeout;
  // NODE_DEBUG=test_runner shows the run's settings as node does (true:
  // one process per available core but one).
  require('internal/util/debuglog').debuglog('test_runner')(
    'test runner configuration:', {
      concurrency: concurrency || true,
      inspectPort: undefined, watch: false, timeout, shard: undefined,
    });
  if (concurrency === 0) {
    concurrency = MathMax(require('os').availableParallelism() - 1, 1);
  }
  const config = {
    __proto__: null,
    only: options.testOnly,
    namePatterns: namePatterns(patterns),
    patternSources: patterns,
    concurrency,
    childMode: false,
    timeout,
  };
  const harness = runFiles(files, config);
  const { setupReporters } = require('internal/test_runner/reporters');
  // A reporter that cannot be set up fails the run before any file starts,
  // from outside this call (exit code 7, as node).
  try {
    harness.reportersDone = setupReporters(harness.stream, false);
  } catch (err) {
    process.on('uncaughtException', (error) => { throw error; });
    process.nextTick(() => { throw err; });
    return harness;
  }
  harness.start();
  // Interrupted, the run reports the files still running as cancelled.
  const interrupt = async () => {
    for (const test of harness.running) test.child?.kill();
    await harness.finish('test did not finish before its parent and was cancelled');
    await harness.reportersDone;
    process.exit();
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  // A failing reporter ends the run with code 7, as node's does.
  const rethrow = (err) => { throw err; };
  process.on('uncaughtException', rethrow);
  process.on('unhandledRejection', rethrow);
  return harness;
}

module.exports = { findTestFiles, run, runFromCommandLine };
