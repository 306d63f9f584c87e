'use strict';
// errorMonitor listeners see 'error' events before they are handled or
// thrown, without counting as a handler.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
const ee = new EventEmitter();
const err = new Error('x');
ee.on(EventEmitter.errorMonitor, common.mustCall((e, extra) => {
  assert.strictEqual(e, err);
  assert.strictEqual(extra, 'extra');
}, 2));
assert.throws(() => ee.emit('error', err, 'extra'), (e) => e === err);
ee.on('error', common.mustCall());
assert.strictEqual(ee.emit('error', err, 'extra'), true);
