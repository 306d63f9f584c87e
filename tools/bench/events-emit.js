'use strict';
// EventEmitter.emit with 1, 2 and 3 listeners, 2 million times each.
const EventEmitter = require('events');

let calls = 0;
for (const listeners of [1, 2, 3]) {
  const ee = new EventEmitter();
  for (let i = 0; i < listeners; i++) ee.on('e', (a, b) => { calls += a + b; });
  for (let i = 0; i < 2000000; i++) ee.emit('e', 1, 0);
}
if (calls !== 12000000) throw new Error(`calls ${calls}`);
