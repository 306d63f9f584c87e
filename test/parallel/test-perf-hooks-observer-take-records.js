'use strict';
// takeRecords() returns and empties the observer's pending entries; the
// queued callback still runs, with what arrived since (possibly nothing).
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

const observer = new PerformanceObserver(common.mustCall((list) => {
  assert.deepStrictEqual(list.getEntries(), []);
  observer.disconnect();
}));
observer.observe({ type: 'mark' });
const mark = performance.mark('a');
const records = observer.takeRecords();
assert.deepStrictEqual(records, [mark]);
assert.deepStrictEqual(observer.takeRecords(), []);

const second = new PerformanceObserver(common.mustCall((list) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['c']);
  second.disconnect();
}));
second.observe({ type: 'measure' });
performance.measure('b');
second.takeRecords();
performance.measure('c');
