'use strict';
// emit() calls each listener with the arguments and the emitter as `this`,
// and returns whether there were listeners.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.strictEqual(ee.emit('nothing'), false);
ee.on('data', common.mustCall(function(a, b, c) {
  assert.strictEqual(this, ee);
  assert.deepStrictEqual([a, b, c], [1, 'two', undefined]);
}));
assert.strictEqual(ee.addListener('data', common.mustCall()), ee);
assert.strictEqual(ee.emit('data', 1, 'two'), true);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
