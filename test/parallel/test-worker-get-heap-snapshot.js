'use strict';
// worker.getHeapSnapshot(): a promise for a Readable of the worker's own
// heap (taken on the worker's thread), option errors, and
// ERR_WORKER_NOT_RUNNING once the worker is gone.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');
const { Worker } = require('worker_threads');
const v8 = require('v8');

// The marker's name (nodusWM and digits) is computed inside the worker, so
// that only the worker's heap holds it.
const isMarker = (s) => /^nodusWM\d+$/.test(s);
const worker = new Worker(`
  const { parentPort, threadId } = require('worker_threads');
  globalThis['nodusWM' + (threadId * 7919)] = { alive: true };
  parentPort.postMessage('ready');
  setInterval(() => {}, 1000);
`, { eval: true });

async function read(stream) {
  assert.ok(stream instanceof Readable);
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk;
  return JSON.parse(text);
}

worker.once('message', common.mustCall(async () => {
  assert.throws(() => worker.getHeapSnapshot(1),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => worker.getHeapSnapshot({ exposeInternals: 'x' }),
                { code: 'ERR_INVALID_ARG_TYPE' });

  // The main thread's heap first (the worker's JSON, once parsed here,
  // brings the marker along).
  const main = await read(v8.getHeapSnapshot());
  assert.ok(!main.strings.some(isMarker));

  const both = await Promise.all([
    worker.getHeapSnapshot(),
    worker.getHeapSnapshot({ exposeNumericValues: true }),
  ]);
  for (const stream of both) {
    const snapshot = await read(stream);
    assert.ok(snapshot.snapshot.node_count > 0);
    assert.ok(snapshot.strings.some(isMarker));
  }

  await worker.terminate();
  await assert.rejects(worker.getHeapSnapshot(), {
    name: 'Error',
    code: 'ERR_WORKER_NOT_RUNNING',
    message: 'Worker instance not running',
  });
}));
