'use strict';
// Observers are called from one immediate, queued when the first entry is
// enqueued: after immediates queued before it, before those queued after;
// each observer once, in the order it first received an entry.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

const order = [];
setImmediate(() => order.push('immediate before'));

const marks = new PerformanceObserver(common.mustCall((list) => {
  order.push(`marks ${list.getEntries().length}`);
}));
const measures = new PerformanceObserver(common.mustCall((list) => {
  order.push(`measures ${list.getEntries().length}`);
}));
measures.observe({ type: 'measure' });
marks.observe({ type: 'mark' });

process.nextTick(() => order.push('tick'));
performance.mark('a');
performance.measure('b');
performance.mark('c');
setImmediate(() => order.push('immediate after'));
Promise.resolve().then(() => order.push('microtask'));

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'tick', 'microtask', 'immediate before', 'marks 2', 'measures 1',
    'immediate after',
  ]);
});
