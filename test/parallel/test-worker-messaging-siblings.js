'use strict';
// postMessageToThread() reaches any thread by its id: a worker sends to its
// sibling (neither is the other's parent), with an ArrayBuffer and a
// MessagePort moved along; the receiver sees the sender's threadId as the
// source, and answers the main thread (thread 0) the same way.
const common = require('../common');
const assert = require('assert');
const {
  Worker, isMainThread, postMessageToThread, threadId, workerData,
  parentPort,
} = require('worker_threads');

if (isMainThread) {
  const receiver = new Worker(__filename, { workerData: { role: 'receiver' } });
  receiver.once('message', common.mustCall(() => {
    const sender = new Worker(__filename, {
      workerData: { role: 'sender', target: receiver.threadId },
    });
    process.on('workerMessage', common.mustCall((value, source) => {
      assert.strictEqual(source, receiver.threadId);
      assert.deepStrictEqual(value, {
        from: sender.threadId, text: 'hello', bytes: [1, 2, 3], viaPort: 'pong',
      });
      receiver.postMessage('done');
    }));
    sender.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  }));
  receiver.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
} else if (workerData.role === 'receiver') {
  process.on('workerMessage', common.mustCall(async (value, source) => {
    const { port, buffer, text } = value;
    port.postMessage('ping');
    const [reply] = await require('events').once(port, 'message');
    port.close();
    await postMessageToThread(0, {
      from: source, text, bytes: [...new Uint8Array(buffer)], viaPort: reply,
    });
  }));
  parentPort.postMessage('ready');
  parentPort.once('message', common.mustCall());
} else {
  const { port1, port2 } = new MessageChannel();
  port1.on('message', common.mustCall((msg) => {
    assert.strictEqual(msg, 'ping');
    port1.postMessage('pong');
    port1.close();
  }));
  const buffer = new Uint8Array([1, 2, 3]).buffer;
  assert.notStrictEqual(threadId, workerData.target);
  postMessageToThread(workerData.target, { port: port2, buffer, text: 'hello' },
                      [port2, buffer])
    .then(common.mustCall((result) => assert.strictEqual(result, undefined)));
  // Moved: detached here at once.
  assert.strictEqual(buffer.byteLength, 0);
}
