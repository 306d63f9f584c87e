'use strict';
// events.once() resolves with the arguments of the next event and removes
// its listeners.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('ready', 1, 'two'));
  const args = await once(ee, 'ready');
  assert.deepStrictEqual(args, [1, 'two']);
  assert.strictEqual(ee.listenerCount('ready'), 0);
  assert.strictEqual(ee.listenerCount('error'), 0);

  // once(ee, 'error') resolves with the error instead of rejecting.
  const err = new Error('kaboom');
  process.nextTick(() => ee.emit('error', err));
  const [got] = await once(ee, 'error');
  assert.strictEqual(got, err);
})().then(common.mustCall());
