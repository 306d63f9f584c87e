'use strict';
// events.getEventListeners() for an EventEmitter and an EventTarget.
require('../common');
const assert = require('assert');
const { getEventListeners, EventEmitter } = require('events');

function a() {}
function b() {}
const ee = new EventEmitter();
ee.on('x', a);
ee.once('x', b);
assert.deepStrictEqual(getEventListeners(ee, 'x'), [a, b]);
assert.deepStrictEqual(getEventListeners(ee, 'y'), []);

const et = new EventTarget();
et.addEventListener('x', a);
et.addEventListener('x', a);
et.addEventListener('x', b, { once: true });
const handler = { handleEvent() {} };
et.addEventListener('x', handler);
assert.deepStrictEqual(getEventListeners(et, 'x'), [a, b, handler]);
assert.deepStrictEqual(getEventListeners(et, 'y'), []);
et.dispatchEvent(new Event('x'));
assert.deepStrictEqual(getEventListeners(et, 'x'), [a, handler]);

assert.throws(() => getEventListeners({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or ' +
    'EventTarget. Received an instance of Object',
});
