'use strict';
// preventDefault() cancels only cancelable events; dispatchEvent() returns
// false for a canceled one.
require('../common');
const assert = require('assert');

const target = new EventTarget();
target.addEventListener('foo', (event) => event.preventDefault());
const cancelable = new Event('foo', { cancelable: true });
assert.strictEqual(target.dispatchEvent(cancelable), false);
assert.strictEqual(cancelable.defaultPrevented, true);
assert.strictEqual(cancelable.returnValue, false);
const plain = new Event('foo');
assert.strictEqual(target.dispatchEvent(plain), true);
assert.strictEqual(plain.defaultPrevented, false);
assert.strictEqual(plain.returnValue, true);
