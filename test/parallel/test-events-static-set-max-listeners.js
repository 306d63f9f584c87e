'use strict';
// events.setMaxListeners(n, ...targets) and events.getMaxListeners().
require('../common');
const assert = require('assert');
const { setMaxListeners, getMaxListeners, EventEmitter } = require('events');

const ee = new EventEmitter();
const et = new EventTarget();
assert.strictEqual(getMaxListeners(ee), 10);
assert.strictEqual(getMaxListeners(et), 10);
setMaxListeners(3, ee, et);
assert.strictEqual(getMaxListeners(ee), 3);
assert.strictEqual(ee.getMaxListeners(), 3);
assert.strictEqual(getMaxListeners(et), 3);

// Without targets it sets the default.
setMaxListeners(5);
assert.strictEqual(EventEmitter.defaultMaxListeners, 5);
assert.strictEqual(new EventEmitter().getMaxListeners(), 5);
assert.strictEqual(getMaxListeners(new EventTarget()), 5);
setMaxListeners(10);

assert.throws(() => setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter ' +
    'or EventTarget. Received an instance of Object',
});
assert.throws(() => setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. ' +
    'Received -1',
});
assert.throws(() => getMaxListeners(null), { code: 'ERR_INVALID_ARG_TYPE' });
