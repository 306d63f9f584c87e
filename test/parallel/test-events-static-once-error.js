'use strict';
// events.once() rejects when the emitter emits 'error' first.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

const ee = new EventEmitter();
const err = new Error('kaboom');
process.nextTick(() => ee.emit('error', err));
assert.rejects(once(ee, 'myevent'), (e) => e === err).then(common.mustCall(() => {
  assert.strictEqual(ee.listenerCount('myevent'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);
}));
