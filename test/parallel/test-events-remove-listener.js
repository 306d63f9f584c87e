'use strict';
// removeListener removes the last registration of a listener and emits
// 'removeListener'; unknown listeners are ignored.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
function a() {}
function b() {}
ee.on('x', a);
ee.on('x', b);
ee.on('x', a);
ee.on('removeListener', common.mustCall((name, fn) => {
  assert.strictEqual(name, 'x');
  assert.strictEqual(fn, a);
}, 2));
assert.strictEqual(ee.removeListener('x', a), ee);
assert.deepStrictEqual(ee.listeners('x'), [a, b]);
ee.removeListener('x', function unknown() {});
assert.deepStrictEqual(ee.listeners('x'), [a, b]);
ee.off('x', a);
assert.deepStrictEqual(ee.listeners('x'), [b]);
assert.strictEqual(typeof ee._events.x, 'function');
ee.removeListener('nothing', a);
assert.throws(() => ee.removeListener('x', null), { code: 'ERR_INVALID_ARG_TYPE' });
