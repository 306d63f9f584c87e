'use strict';
// performance.mark() creates a PerformanceMark, keeps it in the timeline and
// returns it; detail is a structured clone, startTime defaults to now().
require('../common');
const assert = require('assert');
const { PerformanceEntry, PerformanceMark } = require('perf_hooks');

const before = performance.now();
const mark = performance.mark('a');
assert.ok(mark instanceof PerformanceMark);
assert.ok(mark instanceof PerformanceEntry);
assert.strictEqual(mark.name, 'a');
assert.strictEqual(mark.entryType, 'mark');
assert.strictEqual(mark.duration, 0);
assert.strictEqual(mark.detail, null);
assert.ok(before <= mark.startTime);
assert.ok(mark.startTime <= performance.now());
assert.strictEqual(Object.prototype.toString.call(mark),
                   '[object PerformanceMark]');
assert.deepStrictEqual(performance.getEntriesByName('a'), [mark]);

const detail = { x: 1, nested: [1, 2] };
const withOptions = performance.mark('b', { startTime: 12.5, detail });
assert.strictEqual(withOptions.startTime, 12.5);
assert.deepStrictEqual(withOptions.detail, detail);
assert.notStrictEqual(withOptions.detail, detail);
assert.strictEqual(withOptions.detail, withOptions.detail);
detail.x = 2;
assert.strictEqual(withOptions.detail.x, 1);

// Names are converted to strings; falsy details other than null/undefined
// are kept.
assert.strictEqual(performance.mark(1).name, '1');
assert.strictEqual(performance.mark(undefined).name, 'undefined');
assert.strictEqual(performance.mark('c', { detail: 0 }).detail, 0);
assert.strictEqual(performance.mark('c', { detail: '' }).detail, '');
assert.strictEqual(performance.mark('c', { detail: undefined }).detail, null);
assert.strictEqual(performance.mark('c', null).detail, null);
assert.ok(performance.mark('c', { startTime: null }).startTime >= before);
assert.ok(Number.isNaN(performance.mark('c', { startTime: NaN }).startTime));

assert.deepStrictEqual(withOptions.toJSON(), {
  name: 'b',
  entryType: 'mark',
  startTime: 12.5,
  duration: 0,
  detail: { x: 1, nested: [1, 2] },
});
assert.strictEqual(JSON.stringify(performance.mark('d', { startTime: 1 })),
                   '{"name":"d","entryType":"mark","startTime":1,' +
                   '"duration":0,"detail":null}');
