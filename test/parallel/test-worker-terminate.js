'use strict';
// terminate() stops a worker that is busy in `while (true) {}`: the promise
// resolves with exit code 1, 'exit' is emitted with 1, and the process goes
// on. Terminating an already ended worker resolves with undefined.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  require('worker_threads').parentPort.postMessage('looping');
  while (true) {}
`, { eval: true });

const events = [];
w.on('online', common.mustCall(() => events.push('online')));
w.on('error', common.mustNotCall());
w.on('exit', common.mustCall((code) => {
  events.push('exit');
  assert.strictEqual(code, 1);
}));
w.on('message', common.mustCall((m) => {
  events.push(m);
  const p = w.terminate();
  assert.ok(p instanceof Promise);
  p.then(common.mustCall((code) => {
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(events, ['online', 'looping', 'exit']);
    // The main thread goes on.
    setImmediate(common.mustCall(afterFirst));
  }));
}));

function afterFirst() {
  // terminate() after the worker ended on its own: undefined.
  const done = new Worker('', { eval: true });
  done.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    done.terminate().then(common.mustCall((v) => {
      assert.strictEqual(v, undefined);
      terminateEarly();
    }));
  }));
}

function terminateEarly() {
  // terminate() right after construction, before the worker's environment
  // exists: node then reports exit code 0 (Worker::Exit only records the code
  // once the environment is up), no 'online' and no message.
  const early = new Worker(`
    require('worker_threads').parentPort.postMessage('x');
    while (true) {}
  `, { eval: true });
  early.on('online', common.mustNotCall());
  early.on('message', common.mustNotCall());
  early.on('error', common.mustNotCall());
  early.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  early.terminate().then(common.mustCall((code) => {
    assert.strictEqual(code, 0);
    terminateTwice();
  }));
}

function terminateTwice() {
  const w2 = new Worker('setInterval(() => {}, 1000);', { eval: true });
  w2.on('online', common.mustCall(() => {
    const a = w2.terminate();
    const b = w2.terminate();
    Promise.all([a, b]).then(common.mustCall((codes) => {
      assert.deepStrictEqual(codes, [1, 1]);
    }));
  }));
  w2.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
}
