'use strict';
// A Worker's stack is its own (resourceLimits.stackSizeMb, 4 by default):
// V8's --stack-size, changed at run time, does not change how deep a
// worker's recursion goes, and a larger stackSizeMb lets it go deeper.
const common = require('../common');
const assert = require('assert');
const { once } = require('events');
const v8 = require('v8');
const { Worker } = require('worker_threads');

async function depth(options = {}) {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(`
    const { workerData: counter } = require('worker_threads');
    function f() { counter[0]++; f(); }
    f();`, { eval: true, workerData: counter, ...options });
  const [error] = await once(worker, 'error');
  assert.ok(error instanceof RangeError);
  assert.strictEqual(error.message, 'Maximum call stack size exceeded');
  return counter[0];
}

(async () => {
  v8.setFlagsFromString('--stack-size=400');
  const a = await depth();
  v8.setFlagsFromString('--stack-size=900');
  const b = await depth();
  assert.ok(Math.max(a, b) / Math.min(a, b) < 1.1, `${a} and ${b}`);
  // Under ThreadSanitizer (make test-tsan sets TSAN_OPTIONS) a 0.5 MB
  // thread cannot even hold the sanitizer's own thread state.
  if (process.env.TSAN_OPTIONS !== undefined) return;
  const small = await depth({ resourceLimits: { stackSizeMb: 0.5 } });
  const large = await depth({ resourceLimits: { stackSizeMb: 1 } });
  assert.ok(large > small * 1.4, `${small} and ${large}`);
})().then(common.mustCall());
