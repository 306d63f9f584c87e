'use strict';
// A timerified function that returns a promise reports when it settles
// (fulfilled or rejected), and returns the promise of its finally().
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

let settled = false;
const seen = [];
const observer = new PerformanceObserver(common.mustCallAtLeast((list) => {
  for (const entry of list.getEntries()) {
    if (entry.name === 'slow') assert.strictEqual(settled, true);
    seen.push(entry.name);
  }
  if (seen.length === 2) observer.disconnect();
}));
observer.observe({ type: 'function' });

const slow = performance.timerify(async function slow(x) {
  await new Promise((resolve) => setTimeout(resolve, 5));
  settled = true;
  return x * 2;
});
const fails = performance.timerify(async function fails() {
  throw new Error('no');
});
const promise = slow(21);
assert.ok(promise instanceof Promise);
promise.then(common.mustCall((value) => assert.strictEqual(value, 42)));
assert.rejects(fails(), /^Error: no$/).then(common.mustCall());

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), ['fails', 'slow']);
});
