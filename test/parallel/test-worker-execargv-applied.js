'use strict';
// A Worker's execArgv takes effect in the worker (here --trace-warnings
// and --pending-deprecation) and is its process.execArgv; '--' ends it and
// is not part of it.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const code = `
  const { parentPort } = require('worker_threads');
  process.on('warning', () => {});
  parentPort.postMessage({
    execArgv: process.execArgv,
  });
  process.emitWarning('traced');`;
const worker = new Worker(code, {
  eval: true,
  execArgv: ['--trace-warnings', '--pending-deprecation', '--'],
  stderr: true,
});
let stderr = '';
worker.stderr.setEncoding('utf8');
worker.stderr.on('data', (chunk) => { stderr += chunk; });
worker.on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message.execArgv,
                         ['--trace-warnings', '--pending-deprecation']);
}));
worker.on('exit', common.mustCall(() => {
  assert.match(stderr, /Warning: traced\n {4}at /);
}));
