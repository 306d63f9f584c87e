'use strict';
// performance.measure(name, startMark, endMark): marks are looked up by
// name (the latest of that name); without a start the measure starts at 0,
// without an end it ends now.
require('../common');
const assert = require('assert');
const { PerformanceMeasure, PerformanceEntry } = require('perf_hooks');

performance.mark('a', { startTime: 10 });
performance.mark('b', { startTime: 30 });
performance.mark('a', { startTime: 20 });

const ab = performance.measure('ab', 'a', 'b');
assert.ok(ab instanceof PerformanceMeasure);
assert.ok(ab instanceof PerformanceEntry);
assert.strictEqual(ab.name, 'ab');
assert.strictEqual(ab.entryType, 'measure');
assert.strictEqual(ab.startTime, 20);
assert.strictEqual(ab.duration, 10);
assert.strictEqual(ab.detail, null);
assert.strictEqual(Object.prototype.toString.call(ab),
                   '[object PerformanceMeasure]');

const ba = performance.measure('ba', 'b', 'a');
assert.strictEqual(ba.startTime, 30);
assert.strictEqual(ba.duration, -10);

const before = performance.now();
const toNow = performance.measure('toNow', 'a');
assert.strictEqual(toNow.startTime, 20);
assert.ok(before - 20 <= toNow.duration);
assert.ok(toNow.duration <= performance.now() - 20);

const fromZero = performance.measure('fromZero', undefined, 'b');
assert.strictEqual(fromZero.startTime, 0);
assert.strictEqual(fromZero.duration, 30);

const whole = performance.measure('whole');
assert.strictEqual(whole.startTime, 0);
assert.ok(before <= whole.duration);

// A non-string, non-object start is ignored; the end may be a timestamp.
assert.strictEqual(performance.measure('n', 5, 'b').startTime, 0);
const numericEnd = performance.measure('e', 'a', 25);
assert.strictEqual(numericEnd.startTime, 20);
assert.strictEqual(numericEnd.duration, 5);

assert.deepStrictEqual(
  performance.getEntriesByType('measure').map((entry) => entry.name),
  ['fromZero', 'whole', 'n', 'ab', 'toNow', 'e', 'ba']);
assert.deepStrictEqual(ab.toJSON(), {
  name: 'ab', entryType: 'measure', startTime: 20, duration: 10, detail: null,
});
