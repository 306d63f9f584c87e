'use strict';
// timers.enroll (DEP0095) checks its duration as node does: a number,
// non-negative and finite, cut to 2 ** 31 - 1 with a TimeoutOverflowWarning.
const common = require('../common');
const assert = require('assert');
const timers = require('timers');

common.expectWarning({
  DeprecationWarning: [['timers.enroll() is deprecated. Please use ' +
    'setTimeout instead.', 'DEP0095']],
  TimeoutOverflowWarning: [['2147483648 does not fit into a 32-bit signed ' +
    'integer.\nTimer duration was truncated to 2147483647.']],
});

for (const msecs of ['1', {}, null, 1n]) {
  assert.throws(() => timers.enroll({}, msecs),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
for (const msecs of [-1, Infinity, NaN]) {
  assert.throws(() => timers.enroll({}, msecs), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "msecs" is out of range. It must be a ' +
      `non-negative finite number. Received ${msecs}`,
  });
}
const item = {};
timers.enroll(item, 2 ** 31);
assert.strictEqual(item._idleTimeout, 2 ** 31 - 1);
