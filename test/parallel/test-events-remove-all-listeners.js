'use strict';
// removeAllListeners() for one name or all; 'removeListener' listeners see
// every removal (in LIFO order per name) and are removed last (their own
// removal, which empties the emitter, is not reported).
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
function a() {}
function b() {}
function c() {}
ee.on('x', a);
ee.on('x', b);
ee.on('y', c);
const removed = [];
ee.on('removeListener', (name, fn) => removed.push([name, fn.name]));
assert.strictEqual(ee.removeAllListeners('x'), ee);
assert.deepStrictEqual(removed, [['x', 'b'], ['x', 'a']]);
ee.removeAllListeners();
assert.deepStrictEqual(removed, [['x', 'b'], ['x', 'a'], ['y', 'c']]);
assert.deepStrictEqual(ee.eventNames(), []);

// Without 'removeListener' listeners the lists are just dropped.
const quiet = new EventEmitter();
quiet.on('x', common.mustNotCall());
quiet.on('y', common.mustNotCall());
quiet.removeAllListeners('x');
assert.deepStrictEqual(quiet.eventNames(), ['y']);
quiet.removeAllListeners();
assert.strictEqual(quiet.emit('y'), false);
const fresh = new EventEmitter();
assert.strictEqual(fresh.removeAllListeners(), fresh);
assert.strictEqual(fresh.removeAllListeners('x'), fresh);
