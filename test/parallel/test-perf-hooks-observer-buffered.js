'use strict';
// observe({ type, buffered: true }) first delivers the entries already in the
// timeline (even none); buffered is ignored with entryTypes.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

performance.mark('old1', { startTime: 2 });
performance.mark('old2', { startTime: 1 });
performance.measure('oldMeasure', { start: 0, end: 1 });

const buffered = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name),
                         ['old2', 'old1', 'new']);
  observer.disconnect();
}));
buffered.observe({ type: 'mark', buffered: true });

const truthy = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['oldMeasure']);
  observer.disconnect();
}));
truthy.observe({ type: 'measure', buffered: 'yes' });

const empty = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.deepStrictEqual(list.getEntries(), []);
  observer.disconnect();
}));
empty.observe({ type: 'function', buffered: true });

const multiple = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['new']);
  observer.disconnect();
}));
multiple.observe({ entryTypes: ['mark'], buffered: true });

performance.mark('new', { startTime: 3 });
