'use strict';
// options.timeout ends runaway code with ERR_SCRIPT_EXECUTION_TIMEOUT and
// leaves the isolate usable; nested timeouts; microtaskMode 'afterEvaluate'
// puts promise jobs under the timeout.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

const timeoutError = (ms) => ({
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  name: 'Error',
  message: `Script execution timed out after ${ms}ms`,
});

assert.throws(() => vm.runInThisContext('while (true) {}', { timeout: 20 }),
              timeoutError(20));
// The isolate goes on: more code runs, in every way.
assert.strictEqual(vm.runInThisContext('1 + 1'), 2);
assert.strictEqual(vm.runInThisContext('2 + 2', { timeout: 1000 }), 4);

const context = vm.createContext({});
assert.throws(() => vm.runInContext('for (;;) {}', context, { timeout: 10 }),
              timeoutError(10));
assert.strictEqual(vm.runInContext('x = 3', context), 3);
assert.throws(() => new vm.Script('while (true) {}')
                .runInNewContext({}, { timeout: 5 }), timeoutError(5));

// The error is an Error of the calling (main) context, stack without
// the code header.
try {
  vm.runInThisContext('while (true) {}', { timeout: 5 });
} catch (err) {
  assert.ok(err instanceof Error);
  assert.match(err.stack, /^Error: Script execution timed out after 5ms\n/);
}

// A timeout inside code that catches everything still ends the run.
assert.throws(() => vm.runInThisContext(
  'try { while (true) {} } catch (e) {} finally { while (true) {} }',
  { timeout: 10 }), timeoutError(10));

// Nested: the inner timeout is reported by the inner run, and the outer
// run goes on.
const ctx = vm.createContext({ vm, result: null });
vm.runInContext(`
  try {
    vm.runInThisContext('while (true) {}', { timeout: 5 });
  } catch (e) {
    result = e.code;
  }
`, ctx, { timeout: 10000 });
assert.strictEqual(ctx.result, 'ERR_SCRIPT_EXECUTION_TIMEOUT');

// Nested: an outer timeout shorter than the inner one ends both runs and is
// reported from the outer run.
assert.throws(() => vm.runInNewContext(
  'vm.runInNewContext("while (true) {}", {}, { timeout: 100000 })',
  { vm }, { timeout: 20 }), timeoutError(20));

// Promise jobs escape the timeout by default; with microtaskMode
// 'afterEvaluate' they run before the call returns, inside it.
const order = [];
vm.runInNewContext('Promise.resolve().then(() => order.push("job"))',
                   { order }, { microtaskMode: 'afterEvaluate' });
order.push('after');
assert.deepStrictEqual(order, ['job', 'after']);
assert.throws(() => vm.runInNewContext(
  'Promise.resolve().then(() => { while (true) {} })', {},
  { timeout: 10, microtaskMode: 'afterEvaluate' }), timeoutError(10));

// Timers still work after all of this.
setTimeout(common.mustCall(), 1);
