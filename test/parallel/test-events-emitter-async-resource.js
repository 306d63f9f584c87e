'use strict';
// EventEmitterAsyncResource runs listeners in the async context of its
// construction.
const common = require('../common');
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { executionAsyncId } = require('async_hooks');

const ee = new EventEmitterAsyncResource({ name: 'MyResource' });
assert.ok(ee instanceof EventEmitter);
assert.strictEqual(typeof ee.asyncId, 'number');
assert.strictEqual(ee.asyncResource.eventEmitter, ee);
ee.on('x', common.mustCall(() => {
  assert.strictEqual(executionAsyncId(), ee.asyncId);
}));
ee.emit('x');
assert.throws(() => new EventEmitterAsyncResource({ name: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
