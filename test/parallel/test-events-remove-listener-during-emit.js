'use strict';
// Listeners removed or added during an emit still see that emit as it
// started: the list is copied first.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const second = common.mustCall();
ee.on('x', common.mustCall(() => {
  ee.removeListener('x', second);
  ee.on('x', common.mustNotCall());
}));
ee.on('x', second);
ee.emit('x');
assert.strictEqual(ee.listenerCount('x'), 2);
