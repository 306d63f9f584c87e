'use strict';
// nextTick callbacks run before promise reactions and queueMicrotask
// callbacks, which run in the order they were queued.
const common = require('../common');
const assert = require('assert');

const order = [];
Promise.resolve().then(() => order.push('promise 1'));
queueMicrotask(() => order.push('microtask'));
process.nextTick(() => order.push('tick 1'));
Promise.resolve().then(() => order.push('promise 2'));
process.nextTick(() => order.push('tick 2'));
order.push('sync');

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'sync', 'tick 1', 'tick 2', 'promise 1', 'microtask', 'promise 2',
  ]);
}), 1);
