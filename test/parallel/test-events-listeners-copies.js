'use strict';
// listeners() unwraps once() wrappers, rawListeners() does not; both return
// copies.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
function a() {}
function b() {}
ee.on('x', a);
ee.once('x', b);
const listeners = ee.listeners('x');
assert.deepStrictEqual(listeners, [a, b]);
const raw = ee.rawListeners('x');
assert.strictEqual(raw[0], a);
assert.notStrictEqual(raw[1], b);
assert.strictEqual(raw[1].listener, b);
listeners.push(a);
raw.length = 0;
assert.strictEqual(ee.listenerCount('x'), 2);
assert.deepStrictEqual(ee.listeners('none'), []);
assert.deepStrictEqual(ee.rawListeners('none'), []);
ee.once('single', b);
assert.deepStrictEqual(ee.listeners('single'), [b]);
