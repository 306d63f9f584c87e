'use strict';
// performance.measure(name, { start, end, duration, detail }): each of
// start and end is a timestamp or a mark name; duration fills in the other.
require('../common');
const assert = require('assert');

performance.mark('s', { startTime: 100 });
performance.mark('e', { startTime: 160 });

function times(options, endMark) {
  const { startTime, duration } = performance.measure('m', options, endMark);
  return [startTime, duration];
}

assert.deepStrictEqual(times({ start: 5, end: 7 }), [5, 2]);
assert.deepStrictEqual(times({ start: 's', end: 'e' }), [100, 60]);
assert.deepStrictEqual(times({ start: 5, duration: 7 }), [5, 7]);
assert.deepStrictEqual(times({ end: 50, duration: 7 }), [43, 7]);
assert.deepStrictEqual(times({ end: 'e' }), [0, 160]);
assert.deepStrictEqual(times({ end: 5 }), [0, 5]);
assert.deepStrictEqual(times({ start: 's', duration: 1 }), [100, 1]);

// Options without start and end: the end mark still counts, duration does
// not.
assert.deepStrictEqual(times({}, 'e'), [0, 160]);
assert.deepStrictEqual(times({ duration: 1 }, 'e'), [0, 160]);
assert.deepStrictEqual(times({ detail: 1 }, 'e'), [0, 160]);
const before = performance.now();
const [start, duration] = times({ duration: 7 });
assert.strictEqual(start, 0);
assert.ok(before <= duration);

// Arrays are options objects too.
assert.deepStrictEqual(times(Object.assign([], { start: 3, end: 4 })), [3, 1]);

// NaN passes through.
assert.ok(Number.isNaN(times({ start: NaN, end: 1 })[0]));
assert.ok(Number.isNaN(times({ start: 1, duration: NaN })[1]));

// detail is a structured clone; null and undefined become null.
const detail = { list: [1, 2] };
const measure = performance.measure('d', { start: 1, end: 2, detail });
assert.deepStrictEqual(measure.detail, detail);
assert.notStrictEqual(measure.detail, detail);
assert.strictEqual(measure.detail, measure.detail);
assert.strictEqual(performance.measure('d', { detail: 0 }).detail, 0);
assert.strictEqual(performance.measure('d', { detail: null }).detail, null);

// Options are read once each: start, end, duration, detail.
const reads = [];
performance.measure('r', {
  get start() { reads.push('start'); return 1; },
  get end() { reads.push('end'); return 2; },
  get duration() { reads.push('duration'); return undefined; },
  get detail() { reads.push('detail'); return undefined; },
});
assert.deepStrictEqual(reads, ['start', 'end', 'duration', 'detail']);
