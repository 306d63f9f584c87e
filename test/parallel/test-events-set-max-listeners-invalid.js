'use strict';
// setMaxListeners and defaultMaxListeners take numbers >= 0.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
for (const bad of [-1, NaN]) {
  assert.throws(() => ee.setMaxListeners(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "setMaxListeners" is out of range. It must be ' +
      `>= 0. Received ${bad}`,
  });
}
assert.throws(() => ee.setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. ' +
    "Received type string ('1')",
});
assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "defaultMaxListeners" is out of range. It must be ' +
    '>= 0. Received -1',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
