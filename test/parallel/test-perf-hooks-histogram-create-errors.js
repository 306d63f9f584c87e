'use strict';
// createHistogram() option checks.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

assert.throws(() => createHistogram(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. ' +
    'Received type number (1)',
});
assert.throws(() => createHistogram(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram([]), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => createHistogram({ lowest: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "options.lowest" is out of range. It must be >= 1 ' +
    '&& <= 9007199254740991. Received 0',
});
assert.throws(() => createHistogram({ lowest: 1.5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.lowest" is out of range. It must be an ' +
    'integer. Received 1.5',
});
assert.throws(() => createHistogram({ lowest: '1' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.lowest" property must be of type number. ' +
    "Received type string ('1')",
});
assert.throws(() => createHistogram({ lowest: null }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => createHistogram({ highest: 1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highest" is out of range. It must be >= 2 ' +
    '&& <= 9007199254740991. Received 1',
});
assert.throws(() => createHistogram({ lowest: 2, highest: 3 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highest" is out of range. It must be >= 4 ' +
    '&& <= 9007199254740991. Received 3',
});
assert.throws(() => createHistogram({ highest: 2 ** 53 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highest" is out of range. It must be >= 2 ' +
    '&& <= 9007199254740991. Received 9_007_199_254_740_992',
});
for (const figures of [0, 6]) {
  assert.throws(() => createHistogram({ figures }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.figures" is out of range. It must be >= ' +
      `1 && <= 5. Received ${figures}`,
  });
}
assert.throws(() => createHistogram({ figures: 3n }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

createHistogram({ lowest: 2, highest: 4 });
createHistogram({ figures: 1 });
createHistogram({ figures: 5 });
createHistogram({ lowest: undefined, highest: undefined, figures: undefined });
