'use strict';
// The BigInt getters, and record() of BigInt values (1n to 2^63 - 1).
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const empty = createHistogram();
assert.strictEqual(empty.countBigInt, 0n);
assert.strictEqual(empty.minBigInt, 9223372036854775807n);
assert.strictEqual(empty.maxBigInt, 0n);
assert.strictEqual(empty.exceedsBigInt, 0n);
assert.strictEqual(empty.percentileBigInt(50), 0n);

const h = createHistogram();
h.record(5n);
h.record(12345);
assert.strictEqual(h.countBigInt, 2n);
assert.strictEqual(h.minBigInt, 5n);
assert.strictEqual(h.maxBigInt, 12351n);
assert.strictEqual(h.percentileBigInt(100), 12351n);
assert.deepStrictEqual([...h.percentilesBigInt],
                       [[0, 5n], [50, 5n], [75, 12344n], [100, 12344n]]);
// The same Map as percentiles, refilled.
assert.strictEqual(h.percentilesBigInt, h.percentiles);

for (const bad of [0n, -1n, 2n ** 63n]) {
  assert.throws(() => h.record(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'value is out of range',
  });
}
// In range for BigInt, but above `highest`: exceeds.
h.record(2n ** 63n - 1n);
assert.strictEqual(h.exceeds, 1);
assert.strictEqual(h.count, 2);

// BigInt bounds must both be BigInts.
const wide = createHistogram({ lowest: 1n, highest: 2n ** 62n });
wide.record(2n ** 62n);
assert.strictEqual(wide.count, 1);
assert.strictEqual(wide.maxBigInt, 4616189618054758399n);
assert.throws(() => createHistogram({ lowest: 1n }), TypeError);
assert.throws(() => createHistogram({ highest: 100n }), TypeError);
