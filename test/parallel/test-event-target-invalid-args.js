'use strict';
// Argument errors of addEventListener/removeEventListener/dispatchEvent.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
assert.throws(() => target.addEventListener('foo'), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => target.removeEventListener('foo'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => target.dispatchEvent(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "event" argument must be specified',
});
assert.throws(() => target.addEventListener('foo', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. ' +
    'Received type number (1)',
});
assert.throws(() => target.addEventListener('foo', () => {}, 'capture'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. ' +
    "Received type string ('capture')",
});
assert.throws(() => target.dispatchEvent({ type: 'foo' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. ' +
    'Received an instance of Object',
});
assert.throws(() => target.addEventListener(Symbol('s'), () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received Symbol(s)",
});
// null and undefined listeners are ignored with a warning.
common.expectWarning('AddEventListenerArgumentTypeWarning',
                     'addEventListener called with null which has no effect.');
target.addEventListener('foo', null);
target.removeEventListener('foo', null);
