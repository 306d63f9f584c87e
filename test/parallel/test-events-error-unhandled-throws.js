'use strict';
// An 'error' event without listeners throws the error itself.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
const err = new Error('boom');
assert.throws(() => ee.emit('error', err), (thrown) => thrown === err);
class MyError extends TypeError {}
const mine = new MyError('mine');
assert.throws(() => ee.emit('error', mine, 'extra'), (thrown) => thrown === mine);
// With a listener nothing is thrown.
ee.on('error', (e) => assert.strictEqual(e, err));
assert.strictEqual(ee.emit('error', err), true);
