'use strict';
// Delays are coerced as node does: non-numbers, NaN, negatives and 0 become
// 1 ms; fractions are kept in _idleTimeout; above 2^31-1 a
// TimeoutOverflowWarning is emitted and the delay becomes 1.
const common = require('../common');
const assert = require('assert');

common.expectWarning('TimeoutOverflowWarning',
                     '2147483648 does not fit into a 32-bit signed integer.' +
                     '\nTimeout duration was set to 1.', undefined);

for (const [delay, expected] of [
  [undefined, 1], [null, 1], [NaN, 1], [-5, 1], [0, 1], ['10', 10],
  [1.5, 1.5], [2 ** 31 - 1, 2 ** 31 - 1], [{}, 1], [true, 1],
]) {
  const t = setTimeout(common.mustNotCall(), delay);
  assert.strictEqual(t._idleTimeout, expected, `delay ${String(delay)}`);
  clearTimeout(t);
}

const overflow = setTimeout(common.mustCall(), 2 ** 31);
assert.strictEqual(overflow._idleTimeout, 1);
