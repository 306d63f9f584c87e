'use strict';
// A PerformanceObserver is called back later (from an immediate), once, with
// every entry of its types since the last call, sorted by startTime, and
// with the observer as `this` and second argument.
const common = require('../common');
const assert = require('assert');
const {
  PerformanceObserver,
  PerformanceObserverEntryList,
} = require('perf_hooks');

let sync = true;
const observer = new PerformanceObserver(common.mustCall(function(list, obs) {
  assert.strictEqual(sync, false);
  assert.strictEqual(this, observer);
  assert.strictEqual(obs, observer);
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.deepStrictEqual(
    list.getEntries().map((e) => `${e.entryType}:${e.name}`),
    ['measure:me', 'mark:m2', 'mark:m1']);
  observer.disconnect();
}));
observer.observe({ entryTypes: ['mark', 'measure'] });

performance.mark('m1', { startTime: 20 });
performance.mark('m2', { startTime: 10 });
performance.measure('me', { start: 5, end: 6 });
new PerformanceObserver(common.mustNotCall()).observe({ type: 'function' });
sync = false;
