'use strict';
// CustomEvent carries `detail` (null by default).
require('../common');
const assert = require('assert');

const detail = { a: 1 };
const event = new CustomEvent('foo', { detail, cancelable: true });
assert.strictEqual(event.detail, detail);
assert.strictEqual(event.cancelable, true);
assert.ok(event instanceof Event);
assert.strictEqual(new CustomEvent('foo').detail, null);
assert.strictEqual(Object.prototype.toString.call(event), '[object CustomEvent]');
assert.throws(() => new CustomEvent(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
const detailGetter = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
assert.throws(() => detailGetter.call(new Event('foo')), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type CustomEvent',
});
