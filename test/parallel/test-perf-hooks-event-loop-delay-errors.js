'use strict';
// monitorEventLoopDelay() option checks, and the ELDHistogram methods check
// their receiver.
require('../common');
const assert = require('assert');
const { monitorEventLoopDelay } = require('perf_hooks');

assert.throws(() => monitorEventLoopDelay(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. ' +
    'Received type number (1)',
});
assert.throws(() => monitorEventLoopDelay(null), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => monitorEventLoopDelay({ resolution: '1' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.resolution" property must be of type number. ' +
    "Received type string ('1')",
});
assert.throws(() => monitorEventLoopDelay({ resolution: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
for (const resolution of [0, -1]) {
  assert.throws(() => monitorEventLoopDelay({ resolution }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.resolution" is out of range. It must be ' +
      `>= 1 && <= 9007199254740991. Received ${resolution}`,
  });
}
for (const resolution of [1.5, NaN, Infinity]) {
  assert.throws(() => monitorEventLoopDelay({ resolution }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.resolution" is out of range. It must be ' +
      `an integer. Received ${resolution}`,
  });
}
monitorEventLoopDelay({ resolution: 2 ** 31 });
monitorEventLoopDelay({ resolution: undefined });

const h = monitorEventLoopDelay();
assert.throws(() => new h.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => h.enable.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type ELDHistogram',
});
assert.throws(() => h.disable.call({}), { code: 'ERR_INVALID_THIS' });
