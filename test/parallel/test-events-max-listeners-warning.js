'use strict';
// More listeners than the maximum print one MaxListenersExceededWarning per
// event name.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
ee.setMaxListeners(2);
common.expectWarning('MaxListenersExceededWarning',
                     'Possible EventEmitter memory leak detected. 3 foo ' +
                     'listeners added to [EventEmitter]. MaxListeners is 2. ' +
                     'Use emitter.setMaxListeners() to increase limit');
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.emitter, ee);
  assert.strictEqual(warning.type, 'foo');
  assert.strictEqual(warning.count, 3);
  assert.ok(warning instanceof Error);
}));
for (let i = 0; i < 5; i++) ee.on('foo', () => {});
assert.strictEqual(ee.listeners('foo').length, 5);
