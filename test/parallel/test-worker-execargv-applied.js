'use strict';
// A Worker's execArgv, and the NODE_OPTIONS of its env, take effect in the
// worker (here --trace-warnings, --pending-deprecation, --trace-exit); the
// execArgv is its process.execArgv, ended by a '--' that is not part of it.
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

// NODE_OPTIONS in a Worker's own env applies in that worker (--trace-exit
// writes to the process's stderr).
const child = require('child_process').spawnSync(process.execPath, ['-e', `
  const { Worker } = require('worker_threads');
  new Worker('setImmediate(() => process.nextTick(() => process.exit(0)))', {
    eval: true,
    env: { ...process.env, NODE_OPTIONS: '--trace-exit' },
  });`], { encoding: 'utf8' });
assert.match(child.stderr,
             /\(node:\d+, thread:1\) WARNING: Exited the environment with code 0/);
