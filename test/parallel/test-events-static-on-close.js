'use strict';
// events.on(..., { close }) ends the iteration on any of the close events,
// after the buffered events.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => {
    ee.emit('data', 1);
    ee.emit('data', 2);
    ee.emit('end');
    ee.emit('data', 3);
  });
  const values = [];
  for await (const [value] of on(ee, 'data', { close: ['end', 'finish'] })) {
    values.push(value);
  }
  assert.deepStrictEqual(values, [1, 2]);
  assert.deepStrictEqual(ee.eventNames(), []);
})().then(common.mustCall());
