'use strict';
// AbortSignal.any() takes an array of AbortSignals.
require('../common');
const assert = require('assert');

assert.throws(() => AbortSignal.any(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received undefined',
});
assert.throws(() => AbortSignal.any([AbortSignal.abort(), 1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[1]" argument must be an instance of AbortSignal. ' +
    'Received type number (1)',
});
assert.throws(() => AbortSignal.any([null]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. ' +
    'Received null',
});
