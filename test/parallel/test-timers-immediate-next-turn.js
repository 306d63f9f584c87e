'use strict';
// An immediate scheduled while immediates run waits for the next turn of the
// loop: a timer that is due runs before it.
const common = require('../common');
const assert = require('assert');

const order = [];
setImmediate(() => {
  order.push('immediate 1');
  setImmediate(() => order.push('immediate from immediate'));
  // Busy-wait so that the 1 ms timer below is due before the next turn.
  const start = Date.now();
  while (Date.now() - start < 5);
});
setImmediate(() => {
  order.push('immediate 2');
  setTimeout(() => order.push('timeout'), 1);
  const start = Date.now();
  while (Date.now() - start < 5);
});

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'immediate 1', 'immediate 2', 'timeout', 'immediate from immediate',
  ]);
});
