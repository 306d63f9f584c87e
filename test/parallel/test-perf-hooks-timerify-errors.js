'use strict';
// timerify() argument checks.
require('../common');
const assert = require('assert');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

assert.throws(() => performance.timerify(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received undefined',
});
assert.throws(() => performance.timerify(1), { code: 'ERR_INVALID_ARG_TYPE' });
const fn = () => {};
assert.throws(() => performance.timerify(fn, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. ' +
    'Received type number (1)',
});
assert.throws(() => performance.timerify(fn, null), {
  code: 'ERR_INVALID_ARG_TYPE',
});
for (const histogram of [1, {}, null, monitorEventLoopDelay()]) {
  assert.throws(() => performance.timerify(fn, { histogram }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.histogram" property must be an instance of RecordableHistogram\. Received /,
  });
}
performance.timerify(fn, { histogram: createHistogram() });
performance.timerify(fn, { histogram: undefined });
