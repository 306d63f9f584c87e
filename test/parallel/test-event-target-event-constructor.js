'use strict';
// new Event(type, options): defaults, flags, and argument errors.
require('../common');
const assert = require('assert');

const event = new Event('foo');
assert.strictEqual(event.type, 'foo');
assert.strictEqual(event.bubbles, false);
assert.strictEqual(event.cancelable, false);
assert.strictEqual(event.composed, false);
assert.strictEqual(event.isTrusted, false);
assert.strictEqual(event.target, null);
assert.strictEqual(typeof event.timeStamp, 'number');
assert.strictEqual(new Event(1).type, '1');
const flags = new Event('bar', { bubbles: 1, cancelable: 'yes', composed: {} });
assert.deepStrictEqual([flags.bubbles, flags.cancelable, flags.composed],
                       [true, true, true]);
assert.throws(() => new Event(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
assert.throws(() => new Event('foo', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET,
                        Event.BUBBLING_PHASE], [0, 1, 2, 3]);
assert.strictEqual(Object.prototype.toString.call(event), '[object Event]');
assert.throws(() => Event.prototype.type, {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Event',
});
