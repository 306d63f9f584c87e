'use strict';
// With captureRejections, a rejected promise returned by a listener is
// emitted as 'error' on the next tick.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter({ captureRejections: true });
const boom = new Error('boom');
ee.on('something', common.mustCall(async (value) => {
  assert.strictEqual(value, 42);
  throw boom;
}));
ee.on('error', common.mustCall((err) => {
  assert.strictEqual(err, boom);
  assert.strictEqual(ee.listenerCount('something'), 1);
}));
assert.strictEqual(ee.emit('something', 42), true);

// Without the option the rejection is not captured.
const plain = new EventEmitter();
plain.on('error', common.mustNotCall());
plain.on('x', () => ({ then() {} }));
plain.emit('x');
