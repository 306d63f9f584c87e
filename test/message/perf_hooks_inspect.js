'use strict';
// util.inspect() of perf_hooks objects: entries, histograms, observers and
// the depth rules of their custom inspectors (values chosen to be
// deterministic: explicit times, recorded values).
require('../common');
const util = require('util');
const {
  PerformanceObserver,
  constants,
  createHistogram,
  monitorEventLoopDelay,
} = require('perf_hooks');

const mark = performance.mark('a', {
  startTime: 1.5,
  detail: { x: { y: { z: 1 } } },
});
console.log(mark);
console.log(util.inspect(mark, { depth: 0 }));
console.log(util.inspect(mark, { depth: -1 }));
console.log(util.inspect(mark, { depth: null }));
console.log({ a: { b: mark } });
console.log({ a: { b: { c: mark } } });
console.log(performance.measure('m', { start: 2, end: 5, detail: [1, 'two'] }));
console.log(performance.getEntries());

const histogram = createHistogram();
console.log(histogram);
for (const value of [5, 10, 1000, 1013, 1026, 1039, 1052, 1065, 1078]) {
  histogram.record(value);
}
console.log(histogram);
console.log(util.inspect(histogram, { depth: 0 }));
console.log(util.inspect(histogram, { depth: 1 }));
console.log(util.inspect(histogram, { depth: -1 }));
console.log({ a: { b: histogram } });
console.log(histogram.percentilesBigInt);
console.log(monitorEventLoopDelay());

const observer = new PerformanceObserver((list) => {
  console.log(list);
  console.log(util.inspect(list, { depth: 0 }));
  console.log(util.inspect(list, { depth: -1 }));
  observer.disconnect();
  console.log(observer);
});
console.log(observer);
observer.observe({ entryTypes: ['mark', 'measure'] });
console.log(observer);
console.log(util.inspect(observer, { depth: -1 }));
performance.mark('b', { startTime: 3 });
performance.measure('c', { start: 1, end: 2 });

console.log(performance.markResourceTiming(
  { startTime: 1, endTime: 3, encodedBodySize: 10, decodedBodySize: 20 },
  'http://example.com/', 'fetch', globalThis, ''));
console.log(performance.timerify(function work(a, b) {}));
console.log(util.inspect(performance, { depth: -1 }));
console.log(util.inspect(performance, { depth: 0 }));
console.log(util.inspect(performance.nodeTiming, { depth: -1 }));
console.log(util.inspect(performance.nodeTiming, { depth: 0 }));
console.log(constants);
console.log(PerformanceObserver.supportedEntryTypes);
