'use strict';
// The event loop at work: which callback runs first?
// Run it: `make run` (or `out/nodus examples/hello.js`).

const order = [];
const note = (what) => {
  order.push(what);
  console.log(`${order.length}. ${what}`);
};

setTimeout(() => note('setTimeout 0 (timers phase)'), 0);
setImmediate(() => note('setImmediate (check phase)'));
Promise.resolve().then(() => note('promise.then (microtask)'));
queueMicrotask(() => note('queueMicrotask (microtask)'));
process.nextTick(() => note('process.nextTick (before microtasks)'));
note('synchronous code (runs first)');

process.on('exit', (code) => {
  console.log(`exit ${code}: the loop ran dry after ${order.length} steps`);
});
