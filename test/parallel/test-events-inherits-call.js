'use strict';
// Pre-class inheritance: EventEmitter.call(this) + util.inherits.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

function Legacy() {
  EventEmitter.call(this);
}
util.inherits(Legacy, EventEmitter);
const legacy = new Legacy();
legacy.on('x', common.mustCall((v) => assert.strictEqual(v, 1)));
legacy.emit('x', 1);
assert.ok(legacy instanceof EventEmitter);

// An object made from the prototype alone works without init().
const bare = Object.create(EventEmitter.prototype);
assert.strictEqual(bare.emit('x'), false);
assert.strictEqual(bare.listenerCount('x'), 0);
bare.on('x', common.mustCall());
bare.emit('x');
assert.strictEqual(Object.getPrototypeOf(bare._events), null);
