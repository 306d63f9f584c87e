'use strict';
// Helpers for nodus' own tests. Every test must pass under node 20 as well as
// under out/nodus: tests state node's behaviour, nodus must match it.

const assert = require('assert');
const path = require('path');

const mustCallChecks = [];
let exitCheckInstalled = false;

function installExitCheck() {
  if (exitCheckInstalled) return;
  exitCheckInstalled = true;
  process.on('exit', (code) => {
    if (code !== 0) return;
    const failed = mustCallChecks.filter((c) => c.exact !== undefined ?
      c.actual !== c.exact : c.actual < c.minimum);
    for (const c of failed) {
      const want = c.exact !== undefined ? `exactly ${c.exact}` :
        `at least ${c.minimum}`;
      process.stderr.write(`Mismatched ${c.name} function calls. ` +
        `Expected ${want}, actual ${c.actual}.\n${c.stack}\n`);
    }
    if (failed.length > 0) process.exit(1);
  });
}

function noop() {}

function makeCheck(fn, field, count) {
  installExitCheck();
  const check = {
    name: fn.name || '<anonymous>',
    actual: 0,
    stack: new Error().stack.split('\n').slice(2).join('\n'),
  };
  check[field] = count;
  mustCallChecks.push(check);
  const wrapped = function(...args) {
    check.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return wrapped;
}

// fn must be called exactly `exact` times (default 1) before the process exits.
function mustCall(fn, exact) {
  if (typeof fn === 'number') [fn, exact] = [noop, fn];
  return makeCheck(fn ?? noop, 'exact', exact ?? 1);
}

function mustCallAtLeast(fn, minimum) {
  if (typeof fn === 'number') [fn, minimum] = [noop, fn];
  return makeCheck(fn ?? noop, 'minimum', minimum ?? 1);
}

function mustNotCall(msg) {
  const callSite = new Error().stack.split('\n')[2];
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ?
      `\ncalled with arguments: ${args.map(String).join(', ')}` : '';
    assert.fail(`${msg || 'function should not have been called'} at ` +
      `${callSite.trim()}${argsInfo}`);
  };
}

// A node-style callback that must be called once, without an error.
function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

// Returns a validator for assert.throws(), or, with `exact`, a function that
// must be called that many times with a matching error.
function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) {
      assert.fail(`Expected one argument, got ${args.length}`);
    }
    const error = args.pop();
    assert.throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

function expectWarning(name, expected, code) {
  const expectations = new Map();
  if (typeof name === 'object' && !Array.isArray(name)) {
    for (const [n, list] of Object.entries(name)) {
      expectations.set(n, Array.isArray(list[0]) ? list.slice() : [list]);
    }
  } else {
    expectations.set(name, [[expected, code]]);
  }
  process.on('warning', mustCallAtLeast((warning) => {
    const queue = expectations.get(warning.name);
    assert.ok(queue, `Unexpected warning ${warning.name}: ${warning.message}`);
    const [message, wantCode] = queue.shift();
    if (message instanceof RegExp) assert.match(warning.message, message);
    else assert.strictEqual(warning.message, message);
    assert.strictEqual(warning.code, wantCode);
    if (queue.length === 0) expectations.delete(warning.name);
  }, 0));
  process.on('exit', () => {
    assert.deepStrictEqual([...expectations.keys()], []);
  });
}

function platformTimeout(ms) {
  return ms;
}

// Collects the output of a child run of this runtime.
function spawnSelf(args, options) {
  const { spawnSync } = require('child_process');
  return spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
}

const isWindows = process.platform === 'win32';
const isLinux = process.platform === 'linux';

// A port for tests that need a fixed one (most listen on 0).
const PORT = Number(process.env.NODE_COMMON_PORT) || 12346;

let ipv6Checked;
// Whether ::1 is configured (read from the kernel, so that the answer needs
// no os module).
function hasIPv6() {
  if (ipv6Checked === undefined) {
    try {
      const inet6 = require('fs').readFileSync('/proc/net/if_inet6', 'latin1');
      ipv6Checked = inet6.includes('00000000000000000000000000000001');
    } catch {
      ipv6Checked = false;
    }
  }
  return ipv6Checked;
}

// The path of a Unix domain socket for this test: inside the tmpdir,
// which the test must have refreshed.
function pipePath(name = 'test.sock') {
  return require('./tmpdir').resolve(name);
}

// Calls fn for each of `count` (index) once the previous ones are done:
// fn(i, done).
function runInSeries(count, fn, onEnd) {
  let i = 0;
  const next = () => {
    if (i === count) return onEnd && onEnd();
    fn(i++, next);
  };
  next();
}

// Ends a test that cannot run here (a missing tool), as a pass, saying why.
function skip(message) {
  process._rawDebug(`1..0 # Skipped: ${message}`);
  process.exit(0);
}

module.exports = {
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  expectsError,
  expectWarning,
  platformTimeout,
  spawnSelf,
  isWindows,
  isLinux,
  PORT,
  get hasIPv6() { return hasIPv6(); },
  localhostIPv4: '127.0.0.1',
  pipePath,
  runInSeries,
  skip,
  fixturesDir: path.join(__dirname, '..', 'fixtures'),
  get tmpdir() { return require('./tmpdir'); },
};
