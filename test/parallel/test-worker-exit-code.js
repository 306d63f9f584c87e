'use strict';
// process.exit(n) in a worker ends only that worker, with exit code n; code
// after it does not run, the worker's 'exit' listeners run with n, and the
// main thread goes on. process.exitCode set in a worker is its exit code.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function run(code, expected, messages) {
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true });
    const got = [];
    w.on('message', (m) => got.push(m));
    w.on('error', common.mustNotCall());
    w.on('exit', common.mustCall((c) => {
      assert.strictEqual(c, expected);
      assert.deepStrictEqual(got, messages);
      resolve();
    }));
  });
}

const prelude = "const { parentPort } = require('worker_threads');";

(async () => {
  await run(`${prelude}
    process.on('exit', (c) => parentPort.postMessage('exit event ' + c));
    parentPort.postMessage('before');
    process.exit(42);
    parentPort.postMessage('after');`, 42, ['before', 'exit event 42']);

  await run(`${prelude} process.exit();`, 0, []);
  await run(`${prelude} process.exitCode = 7;`, 7, []);

  // From a later tick, with an active timer that would keep it alive.
  await run(`${prelude}
    setInterval(() => {}, 1000);
    setTimeout(() => process.exit(3), 1);`, 3, []);

  // Exit with pending messages sent before exit: they are delivered.
  await run(`${prelude}
    for (let i = 0; i < 5; i++) parentPort.postMessage(i);
    process.exit(9);`, 9, [0, 1, 2, 3, 4]);

  // The main thread is still running.
  assert.strictEqual(process.exitCode, undefined);
  done();
})().then(common.mustCall());

const done = common.mustCall();
