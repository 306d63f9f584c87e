'use strict';
// _events holds one function per name, or an array past one listener;
// _eventsCount counts names; _maxListeners is set by setMaxListeners.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.strictEqual(Object.getPrototypeOf(ee._events), null);
assert.strictEqual(ee._eventsCount, 0);
assert.strictEqual(ee._maxListeners, undefined);
function a() {}
function b() {}
ee.on('x', a);
assert.strictEqual(ee._events.x, a);
ee.on('x', b);
assert.deepStrictEqual(ee._events.x, [a, b]);
ee.on('y', a);
assert.strictEqual(ee._eventsCount, 2);
ee.removeListener('x', a);
assert.strictEqual(ee._events.x, b);
ee.setMaxListeners(4);
assert.strictEqual(ee._maxListeners, 4);
