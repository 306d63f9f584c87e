'use strict';
// setMaxListeners(0) (or Infinity) disables the leak warning.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

process.on('warning', common.mustNotCall());
const ee = new EventEmitter();
assert.strictEqual(ee.setMaxListeners(0), ee);
assert.strictEqual(ee.getMaxListeners(), 0);
for (let i = 0; i < 20; i++) ee.on('x', () => {});
const inf = new EventEmitter().setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) inf.on('x', () => {});
assert.strictEqual(inf.getMaxListeners(), Infinity);
