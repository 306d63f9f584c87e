'use strict';
// A timer that throws, with an 'uncaughtException' listener, does not stop
// the other timers, immediates or queued ticks.
const common = require('../common');
const assert = require('assert');

const seen = [];
process.on('uncaughtException', common.mustCall((err) => {
  seen.push(err.message);
}, 2));

setTimeout(() => { throw new Error('timer'); }, 1);
setTimeout(common.mustCall(() => seen.push('second timer')), 1);
setImmediate(() => { throw new Error('immediate'); });
setImmediate(common.mustCall(() => seen.push('second immediate')));

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(),
                         ['immediate', 'second immediate', 'second timer',
                          'timer']);
});
