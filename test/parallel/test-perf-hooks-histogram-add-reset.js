'use strict';
// add(other) merges another RecordableHistogram (its counters too);
// reset() empties a histogram.
require('../common');
const assert = require('assert');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

const a = createHistogram();
const b = createHistogram({ figures: 1 });
a.record(5);
b.record(12345);
a.add(b);
assert.strictEqual(a.count, 2);
// b's values are added at b's precision.
assert.strictEqual(a.max, 12295);
a.add(a);
assert.strictEqual(a.count, 4);

// Values beyond this histogram's range are dropped, but count still grows
// by the other's count (as in node); exceeds adds up too.
const small = createHistogram({ highest: 1000 });
const wide = createHistogram();
wide.record(1e6);
wide.record(5);
small.add(wide);
assert.strictEqual(small.count, 2);
assert.strictEqual(small.max, 5);
assert.strictEqual(small.mean, 5);
const over = createHistogram({ highest: 1000 });
over.record(5000);
wide.add(over);
assert.strictEqual(wide.exceeds, 1);

assert.throws(() => a.add({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "other" argument must be an instance of RecordableHistogram. ' +
    'Received an instance of Object',
});
assert.throws(() => a.add(monitorEventLoopDelay()), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => a.add(), TypeError);

a.reset();
assert.strictEqual(a.count, 0);
assert.strictEqual(a.max, 0);
assert.strictEqual(a.min, 9223372036854775807);
assert.strictEqual(a.exceeds, 0);
assert.ok(Number.isNaN(a.mean));
assert.deepStrictEqual([...a.percentiles], [[100, 0]]);
a.record(7);
assert.strictEqual(a.count, 1);
assert.strictEqual(a.min, 7);
