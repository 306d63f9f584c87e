'use strict';
// The order of 'finish' against process.nextTick callbacks after writes
// that complete synchronously: with a write callback, 'finish' waits for
// the callback's tick and one more; a byte-mode write without callback
// schedules no tick; an object-mode one does (node 20's behaviour).
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

function run(options, withCallback) {
  const order = [];
  const w = new Writable({
    ...options,
    write(chunk, encoding, cb) { cb(); },
  });
  w.on('finish', () => order.push('finish'));
  w.write(options.objectMode ? {} : 'x', withCallback ? () => order.push('cb') : undefined);
  w.end();
  process.nextTick(() => order.push('tick1'));
  process.nextTick(() => process.nextTick(() => order.push('tick2')));
  return order;
}

const bytesWithCallback = run({}, true);
const bytesNoCallback = run({}, false);
const objectsNoCallback = run({ objectMode: true }, false);

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(bytesWithCallback, ['cb', 'tick1', 'finish', 'tick2']);
  assert.deepStrictEqual(bytesNoCallback, ['finish', 'tick1', 'tick2']);
  assert.deepStrictEqual(objectsNoCallback, ['tick1', 'finish', 'tick2']);
}));
