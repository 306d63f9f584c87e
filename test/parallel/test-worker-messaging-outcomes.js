'use strict';
// What a postMessageToThread() promise settles with: the argument checks,
// the sender's own thread, unknown threads, a thread without a
// 'workerMessage' listener, a listener that throws (the target goes on
// running), values that cannot be cloned, and a target too busy to answer
// within the timeout.
const common = require('../common');
const assert = require('assert');
const {
  Worker, isMainThread, postMessageToThread, threadId, workerData, parentPort,
} = require('worker_threads');

const failed = { name: 'Error', code: 'ERR_WORKER_MESSAGING_FAILED',
                 message: 'Cannot find the destination thread or listener' };

if (!isMainThread) {
  if (workerData.mode === 'throws') {
    process.on('workerMessage', (value) => {
      if (value === 'boom') throw new Error('boom');
    });
  } else if (workerData.mode === 'busy') {
    const flag = new Int32Array(workerData.memory);
    parentPort.postMessage('ready');
    Atomics.wait(flag, 0, 0);
    return;
  }
  parentPort.postMessage('ready');
  parentPort.once('message', common.mustCall((msg) => {
    assert.strictEqual(msg, 'bye');
  }));
  return;
}

async function started(mode, extra) {
  const worker = new Worker(__filename, { workerData: { mode, ...extra } });
  await require('events').once(worker, 'message');
  return worker;
}

(async () => {
  await assert.rejects(postMessageToThread(threadId, 1), {
    name: 'Error', code: 'ERR_WORKER_MESSAGING_SAME_THREAD',
    message: 'Cannot sent a message to the same thread',
  });
  for (const id of [12345, -1, 1.5, '1', null, undefined]) {
    await assert.rejects(postMessageToThread(id, 1), failed);
  }
  await assert.rejects(postMessageToThread(12345, 1, -1), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  });
  await assert.rejects(postMessageToThread(12345, 1, [], '10'), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  });

  // No 'workerMessage' listener there.
  const quiet = await started('quiet');
  await assert.rejects(postMessageToThread(quiet.threadId, 'hi'), failed);
  await assert.rejects(postMessageToThread(quiet.threadId, () => {}), {
    name: 'DataCloneError',
  });
  quiet.postMessage('bye');

  // A listener that throws: the sender learns it, the thread lives on.
  const throws = await started('throws');
  await assert.rejects(postMessageToThread(throws.threadId, 'boom'), {
    name: 'Error', code: 'ERR_WORKER_MESSAGING_ERRORED',
    message: 'The destination thread threw an error while processing the ' +
             'message',
  });
  assert.strictEqual(await postMessageToThread(throws.threadId, 'fine'),
                     undefined);
  // The timeout may come as the third argument.
  assert.strictEqual(await postMessageToThread(throws.threadId, 'fine', 1e9),
                     undefined);
  throws.postMessage('bye');

  // A thread blocked in Atomics.wait() cannot answer in time.
  const memory = new SharedArrayBuffer(4);
  const busy = await started('busy', { memory });
  await assert.rejects(postMessageToThread(busy.threadId, 'hi', [], 50), {
    name: 'Error', code: 'ERR_WORKER_MESSAGING_TIMEOUT',
    message: 'Sending a message to another thread timed out',
  });
  const flag = new Int32Array(memory);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  busy.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
})().then(common.mustCall());
