'use strict';
// An object listener's handleEvent is looked up at each dispatch and called
// with the object as `this`.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const listener = {};
target.addEventListener('foo', listener);
// No handleEvent yet: nothing happens.
target.dispatchEvent(new Event('foo'));
listener.handleEvent = common.mustCall(function(event) {
  assert.strictEqual(this, listener);
  assert.strictEqual(event.type, 'foo');
});
target.dispatchEvent(new Event('foo'));
target.removeEventListener('foo', listener);
target.dispatchEvent(new Event('foo'));
