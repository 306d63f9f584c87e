'use strict';
// In a worker, an 'uncaughtException' listener that throws ends the worker:
// the parent gets an 'error' event with the listener's error, then 'exit'
// with code 1 (the main thread would exit with 7).
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  process.on('uncaughtException', () => { throw new RangeError('from listener'); });
  throw new Error('first');
`, { eval: true });
w.on('error', common.mustCall((err) => {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'from listener');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
