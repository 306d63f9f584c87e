'use strict';
// events.on() pauses the emitter above highWaterMark and resumes it when
// the buffer drops below lowWaterMark.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

const ee = new EventEmitter();
const calls = [];
ee.pause = () => calls.push('pause');
ee.resume = () => calls.push('resume');
const iterator = on(ee, 'x', { highWaterMark: 2, lowWaterMark: 1 });
const watermark = iterator[Symbol.for('nodejs.watermarkData')];
ee.emit('x', 1);
ee.emit('x', 2);
assert.deepStrictEqual(calls, []);
ee.emit('x', 3);
assert.deepStrictEqual(calls, ['pause']);
assert.strictEqual(watermark.size, 3);
assert.strictEqual(watermark.isPaused, true);
(async () => {
  await iterator.next();
  await iterator.next();
  assert.deepStrictEqual(calls, ['pause']);
  await iterator.next();
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  assert.strictEqual(watermark.isPaused, false);
})().then(common.mustCall());
