'use strict';
// A SharedArrayBuffer is shared, not copied: 4 workers doing Atomics.add on
// one counter reach the exact total, and Atomics.wait in a worker is woken by
// Atomics.notify from the main thread.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const WORKERS = 4;
const ITERATIONS = 100000;

const sab = new SharedArrayBuffer(8);
const counter = new Int32Array(sab);

let exited = 0;
for (let i = 0; i < WORKERS; i++) {
  const w = new Worker(`
    const { workerData, parentPort } = require('worker_threads');
    const counter = new Int32Array(workerData.sab);
    for (let i = 0; i < workerData.iterations; i++) {
      Atomics.add(counter, 0, 1);
    }
    parentPort.postMessage(workerData.sab instanceof SharedArrayBuffer);
  `, { eval: true, workerData: { sab, iterations: ITERATIONS } });
  w.on('message', common.mustCall((isShared) => assert.strictEqual(isShared, true)));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    if (++exited === WORKERS) {
      assert.strictEqual(Atomics.load(counter, 0), WORKERS * ITERATIONS);
      waitNotify();
    }
  }));
}

// Also through postMessage (not workerData): the same memory.
function waitNotify() {
  const sab2 = new SharedArrayBuffer(8);
  const ia = new Int32Array(sab2);
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (sab) => {
      const ia = new Int32Array(sab);
      Atomics.store(ia, 1, 1);  // Tell the main thread it is about to wait.
      parentPort.postMessage('waiting');
      const result = Atomics.wait(ia, 0, 0);
      parentPort.postMessage({ result, value: Atomics.load(ia, 0) });
    });
  `, { eval: true });
  const got = [];
  w.on('message', common.mustCall((m) => {
    got.push(m);
    if (m === 'waiting') {
      // Keep notifying until one waiter is woken: the worker may not have
      // entered Atomics.wait yet when the first notify happens.
      const wake = () => {
        const woken = Atomics.notify(ia, 0, 1);
        assert.ok(woken === 0 || woken === 1, String(woken));
        if (woken === 0) setImmediate(wake);
      };
      wake();
    }
  }, 2));
  w.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(got[0], 'waiting');
    // The value stays 0: only a notify can have ended the wait.
    assert.deepStrictEqual(got[1], { result: 'ok', value: 0 });
    assert.strictEqual(Atomics.load(ia, 1), 1);
  }));
  w.postMessage(sab2);
}
