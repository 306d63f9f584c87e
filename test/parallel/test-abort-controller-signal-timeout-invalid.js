'use strict';
// AbortSignal.timeout() takes an unsigned 32-bit integer.
require('../common');
const assert = require('assert');

assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. ' +
    "Received type string ('1')",
});
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "delay" is out of range. It must be >= 0 && ' +
    '<= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be an integer. ' +
    'Received 1.5',
});
assert.throws(() => AbortSignal.timeout(2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
