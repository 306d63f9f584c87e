'use strict';
// Ticks and microtasks queued by one timer (or immediate) run before the
// next timer (or immediate) of the same phase.
const common = require('../common');
const assert = require('assert');

const order = [];
setTimeout(() => {
  order.push('timeout 1');
  process.nextTick(() => order.push('tick from timeout 1'));
  Promise.resolve().then(() => order.push('promise from timeout 1'));
}, 5);
setTimeout(() => order.push('timeout 2'), 5);

setImmediate(() => {
  order.push('immediate 1');
  process.nextTick(() => order.push('tick from immediate 1'));
});
setImmediate(() => order.push('immediate 2'));

// Which phase comes first depends on how long start-up took (a loaded
// machine can pass 5 ms before the loop starts): check each phase's order.
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order.filter((e) => e.includes('immediate')), [
    'immediate 1', 'tick from immediate 1', 'immediate 2',
  ]);
  assert.deepStrictEqual(order.filter((e) => e.includes('timeout')), [
    'timeout 1', 'tick from timeout 1', 'promise from timeout 1', 'timeout 2',
  ]);
}), 50);
