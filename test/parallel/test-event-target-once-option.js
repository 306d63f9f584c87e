'use strict';
// { once: true } removes the listener before it runs.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
target.addEventListener('foo', common.mustCall(() => {
  // Dispatching again from the listener does not call it again.
  target.dispatchEvent(new Event('foo'));
}), { once: true });
target.dispatchEvent(new Event('foo'));
target.dispatchEvent(new Event('foo'));
assert.strictEqual(require('events').getEventListeners(target, 'foo').length, 0);
