'use strict';
// new Worker(new URL('data:...')) runs the URL as an ES module: top-level
// await works, a rejection is the worker's error, one that never settles
// ends the worker with code 13; CommonJS code and other MIME types fail.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const data = (code) => new URL(`data:text/javascript,${encodeURIComponent(code)}`);

new Worker(data(`import { parentPort } from 'worker_threads';
  await Promise.resolve();
  parentPort.postMessage(import.meta.url.slice(0, 5));`))
  .on('message', common.mustCall((m) => assert.strictEqual(m, 'data:')))
  .on('error', common.mustNotCall())
  .on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
new Worker(data('await Promise.reject(new Error("no"))'))
  .on('error', common.mustCall((e) => assert.strictEqual(e.message, 'no')));
new Worker(data('await new Promise(() => {})'))
  .on('exit', common.mustCall((code) => assert.strictEqual(code, 13)));
new Worker(data('module.exports = {}'))
  .on('error', common.mustCall((e) => assert.strictEqual(e.name,
                                                         'ReferenceError')));
new Worker(new URL('data:text/plain,'))
  .on('error', common.mustCall((e) => {
    assert.strictEqual(e.code, 'ERR_UNKNOWN_MODULE_FORMAT');
  }));
