'use strict';
// once() listeners run a single time and are removed before they run.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const listener = common.mustCall(function(...args) {
  assert.strictEqual(this, ee);
  assert.deepStrictEqual(args, ['a', 'b']);
  assert.strictEqual(ee.listenerCount('x'), 0);
});
assert.strictEqual(ee.once('x', listener), ee);
assert.strictEqual(ee.listeners('x')[0], listener);
assert.strictEqual(ee.rawListeners('x')[0].listener, listener);
assert.strictEqual(ee.rawListeners('x')[0].name, 'bound onceWrapper');
ee.emit('x', 'a', 'b');
ee.emit('x', 'c');

// A once listener can be removed by the original function.
ee.once('y', common.mustNotCall());
ee.removeListener('y', listener);
assert.strictEqual(ee.listenerCount('y'), 1);
ee.off('y', ee.listeners('y')[0]);
assert.strictEqual(ee.emit('y'), false);

// Calling the raw wrapper twice runs the listener once.
ee.once('z', common.mustCall());
const raw = ee.rawListeners('z')[0];
raw();
raw();
