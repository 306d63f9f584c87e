'use strict';
// signal.onabort: the handler attribute, in registration order with the
// listeners, replaceable and removable.
const common = require('../common');
const assert = require('assert');

const ac = new AbortController();
const order = [];
assert.strictEqual(ac.signal.onabort, null);
ac.signal.addEventListener('abort', () => order.push('first'));
ac.signal.onabort = common.mustNotCall();
ac.signal.addEventListener('abort', () => order.push('third'));
const handler = common.mustCall(function(event) {
  assert.strictEqual(this, ac.signal);
  assert.strictEqual(event.type, 'abort');
  order.push('second');
});
ac.signal.onabort = handler;
assert.strictEqual(ac.signal.onabort, handler);
ac.abort();
assert.deepStrictEqual(order, ['first', 'second', 'third']);

const other = new AbortController();
other.signal.onabort = common.mustNotCall();
other.signal.onabort = null;
other.abort();
