'use strict';
// Dispatching an event that is being dispatched throws ERR_EVENT_RECURSION.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const event = new Event('foo');
target.addEventListener('foo', common.mustCall(() => {
  assert.throws(() => target.dispatchEvent(event), {
    code: 'ERR_EVENT_RECURSION',
    name: 'Error',
    message: 'The event "foo" is already being dispatched',
  });
}, 2));
target.dispatchEvent(event);
// Once done, it may be dispatched again.
target.dispatchEvent(event);
