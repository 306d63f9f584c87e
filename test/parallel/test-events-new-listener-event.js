'use strict';
// 'newListener' is emitted before a listener is added, with the original
// function for once() listeners.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
function hello() {}
const seen = [];
ee.on('newListener', function(name, listener) {
  assert.strictEqual(this, ee);
  seen.push([name, listener, ee.listenerCount(name)]);
});
ee.on('hello', hello);
ee.once('hello', hello);
assert.deepStrictEqual(seen, [['hello', hello, 0], ['hello', hello, 1]]);

// A listener added from 'newListener' for the same name goes first.
const e2 = new EventEmitter();
const order = [];
e2.once('newListener', (name) => {
  if (name === 'foo') e2.on('foo', () => order.push('added in newListener'));
});
e2.on('foo', () => order.push('original'));
e2.emit('foo');
assert.deepStrictEqual(order, ['added in newListener', 'original']);
e2.on('bar', common.mustCall());
e2.emit('bar');
