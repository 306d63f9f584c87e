'use strict';
// performance.markResourceTiming() (what fetch calls) adds a
// PerformanceResourceTiming whose fields come from the fetch timing info.
const common = require('../common');
const assert = require('assert');
const {
  PerformanceObserver,
  PerformanceResourceTiming,
  PerformanceEntry,
} = require('perf_hooks');

const timingInfo = {
  startTime: 10,
  redirectStartTime: 11,
  redirectEndTime: 12,
  postRedirectStartTime: 13,
  finalServiceWorkerStartTime: 14,
  finalNetworkRequestStartTime: 15,
  finalNetworkResponseStartTime: 16,
  endTime: 20,
  encodedBodySize: 100,
  decodedBodySize: 200,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 1,
    domainLookupEndTime: 2,
    connectionStartTime: 3,
    connectionEndTime: 4,
    secureConnectionStartTime: 5,
    ALPNNegotiatedProtocol: 'h2',
  },
};

const observer = new PerformanceObserver(common.mustCall((list) => {
  // Sorted by startTime.
  assert.deepStrictEqual(list.getEntries().map((e) => e.name),
                         ['http://b/', 'http://a/']);
  observer.disconnect();
}));
observer.observe({ type: 'resource' });

const entry = performance.markResourceTiming(timingInfo, 'http://a/', 'fetch',
                                             globalThis, '');
assert.ok(entry instanceof PerformanceResourceTiming);
assert.ok(entry instanceof PerformanceEntry);
assert.deepStrictEqual(entry.toJSON(), {
  name: 'http://a/',
  entryType: 'resource',
  startTime: 10,
  duration: 10,
  initiatorType: 'fetch',
  nextHopProtocol: 'h2',
  workerStart: 14,
  redirectStart: 11,
  redirectEnd: 12,
  fetchStart: 13,
  domainLookupStart: 1,
  domainLookupEnd: 2,
  connectStart: 3,
  connectEnd: 4,
  secureConnectionStart: 5,
  requestStart: 15,
  responseStart: 16,
  responseEnd: 20,
  transferSize: 400,
  encodedBodySize: 100,
  decodedBodySize: 200,
});
const cached = performance.markResourceTiming(
  { startTime: 1, endTime: 2 }, 'http://b/', 'fetch', globalThis, 'local');
assert.strictEqual(cached.transferSize, 0);
assert.strictEqual(cached.nextHopProtocol, undefined);

assert.deepStrictEqual(
  performance.getEntriesByType('resource').map((e) => e.name),
  ['http://b/', 'http://a/']);
assert.strictEqual(performance.getEntries().length, 2);
assert.strictEqual(performance.getEntriesByName('http://a/')[0], entry);

assert.throws(() => performance.markResourceTiming(
  timingInfo, 'u', 'fetch', globalThis, 'bogus'), {
  code: 'ERR_INTERNAL_ASSERTION',
});
const getter = Object.getOwnPropertyDescriptor(
  PerformanceResourceTiming.prototype, 'fetchStart').get;
assert.throws(() => getter.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of ' +
    'PerformanceResourceTiming. Received an instance of Object',
});

performance.clearResourceTimings('http://a/');
assert.deepStrictEqual(
  performance.getEntriesByType('resource').map((e) => e.name), ['http://b/']);
performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);
