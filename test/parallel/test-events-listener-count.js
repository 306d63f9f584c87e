'use strict';
// listenerCount(name[, listener]) and the static EventEmitter.listenerCount.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
function a() {}
function b() {}
assert.strictEqual(ee.listenerCount('x'), 0);
ee.on('x', a);
assert.strictEqual(ee.listenerCount('x'), 1);
assert.strictEqual(ee.listenerCount('x', a), 1);
assert.strictEqual(ee.listenerCount('x', b), 0);
ee.on('x', b);
ee.once('x', a);
assert.strictEqual(ee.listenerCount('x'), 3);
assert.strictEqual(ee.listenerCount('x', a), 2);
assert.strictEqual(ee.listenerCount('x', b), 1);
assert.strictEqual(EventEmitter.listenerCount(ee, 'x'), 3);
assert.strictEqual(EventEmitter.listenerCount({ listenerCount: () => 7 }, 'x'), 7);
assert.strictEqual(EventEmitter.listenerCount({}, 'x'), 0);
