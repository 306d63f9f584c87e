'use strict';
// Web streams transferred through ports and structuredClone: chunks, close,
// errors and cancellation cross; a worker reads a ReadableStream, writes a
// WritableStream and uses a TransformStream living in the main thread.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.once('message', async ({ rs, ws, ts }) => {
    const chunks = [];
    for await (const chunk of rs) chunks.push(chunk);
    const writer = ws.getWriter();
    await writer.write('from worker');
    await writer.close();
    const tsWriter = ts.writable.getWriter();
    tsWriter.write('abc');
    tsWriter.close();
    for await (const chunk of ts.readable) chunks.push(chunk);
    parentPort.postMessage(chunks);
  });
  return;
}

// As in node, the ports of transferred streams keep the thread alive only
// while a read or write of the copy waits: this keeps it alive for the
// sink's own close on this side.
const keepAlive = setInterval(() => {}, 1000);

(async () => {
  // Same thread: what is read, and the original is locked.
  const rs = new ReadableStream({
    start(controller) {
      controller.enqueue('a');
      controller.enqueue({ b: [1, 2] });
      controller.enqueue(new Uint8Array([3]));
      controller.close();
    },
  });
  const copy = structuredClone(rs, { transfer: [rs] });
  assert.ok(copy instanceof ReadableStream);
  assert.strictEqual(rs.locked, true);
  const chunks = [];
  for await (const chunk of copy) chunks.push(chunk);
  assert.deepStrictEqual(chunks, ['a', { b: [1, 2] }, new Uint8Array([3])]);

  // An error of the source reaches the reader.
  const failing = new ReadableStream({
    pull(controller) { controller.error(new RangeError('broken')); },
  });
  const failingCopy = structuredClone(failing, { transfer: [failing] });
  await assert.rejects(failingCopy.getReader().read(),
                       { name: 'RangeError', message: 'broken' });

  // Cancelling the copy cancels the original with the reason.
  const cancelled = new ReadableStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'bye')),
  });
  await structuredClone(cancelled, { transfer: [cancelled] }).cancel('bye');

  // A WritableStream: written chunks reach the sink, then close (later:
  // a write resolves once it is sent).
  const written = [];
  let closed;
  const sinkClosed = new Promise((resolve) => closed = resolve);
  const ws = new WritableStream({
    write(chunk) { written.push(chunk); },
    close: common.mustCall(() => closed()),
  });
  const wsCopy = structuredClone(ws, { transfer: [ws] });
  assert.ok(wsCopy instanceof WritableStream);
  assert.strictEqual(ws.locked, true);
  const writer = wsCopy.getWriter();
  await writer.write(1);
  await writer.write('two');
  await writer.close();
  await sinkClosed;
  clearInterval(keepAlive);
  assert.deepStrictEqual(written, [1, 'two']);

  // To a worker.
  const workerRs = new ReadableStream({
    start(controller) {
      controller.enqueue('x');
      controller.close();
    },
  });
  const received = [];
  const workerWs = new WritableStream({
    write(chunk) { received.push(chunk); },
  });
  const ts = new TransformStream({
    transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
  });
  const worker = new Worker(__filename);
  worker.postMessage({ rs: workerRs, ws: workerWs, ts },
                     [workerRs, workerWs, ts]);
  worker.once('message', common.mustCall((chunks) => {
    assert.deepStrictEqual(chunks, ['x', 'ABC']);
    assert.deepStrictEqual(received, ['from worker']);
  }));
})().then(common.mustCall());

// Transferred streams nobody uses keep no thread alive.
{
  const rs = new ReadableStream();
  const ws = new WritableStream();
  const [rsCopy, wsCopy] = structuredClone([rs, ws], { transfer: [rs, ws] });
  assert.ok(rsCopy instanceof ReadableStream);
  assert.ok(wsCopy instanceof WritableStream);
}
