'use strict';
// process.nextTick passes extra arguments on; queueMicrotask exceptions go
// to 'uncaughtException'.
const common = require('../common');
const assert = require('assert');

process.nextTick(common.mustCall((...args) => {
  assert.deepStrictEqual(args, [1, 'b', null, undefined, 5]);
}), 1, 'b', null, undefined, 5);
process.nextTick(common.mustCall((...args) => assert.strictEqual(args.length, 0)));

const error = new Error('from a microtask');
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err, error);
  assert.strictEqual(origin, 'uncaughtException');
}));
queueMicrotask(() => { throw error; });
