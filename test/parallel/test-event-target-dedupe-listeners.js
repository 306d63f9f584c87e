'use strict';
// The same listener with the same capture flag is registered once.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

const target = new EventTarget();
const listener = common.mustCall(2);
target.addEventListener('foo', listener);
target.addEventListener('foo', listener);
target.addEventListener('foo', listener, { once: true });
target.addEventListener('foo', listener, true);
assert.strictEqual(getEventListeners(target, 'foo').length, 2);
target.dispatchEvent(new Event('foo'));
target.removeEventListener('foo', listener);
target.removeEventListener('foo', listener, { capture: true });
target.dispatchEvent(new Event('foo'));
