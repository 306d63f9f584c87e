'use strict';
// A nextTick queued from a nextTick runs before any promise reaction; a
// tick queued from a microtask runs after the microtask queue is empty.
const common = require('../common');
const assert = require('assert');

const order = [];
process.nextTick(() => {
  order.push('tick A');
  process.nextTick(() => order.push('tick A.1'));
  Promise.resolve().then(() => {
    order.push('promise from A');
    process.nextTick(() => order.push('tick from promise'));
    Promise.resolve().then(() => order.push('promise from promise'));
  });
});
process.nextTick(() => order.push('tick B'));
Promise.resolve().then(() => order.push('promise 1'));

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'tick A', 'tick B', 'tick A.1', 'promise 1', 'promise from A',
    'promise from promise', 'tick from promise',
  ]);
}));
