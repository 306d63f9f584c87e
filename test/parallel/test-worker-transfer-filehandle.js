'use strict';
// FileHandle through postMessage and structuredClone: transferred (the fd
// moves, the sender's handle is left closed), never cloned, not while in
// use; the receiving side reads the file; errors as node gives them.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { MessageChannel, Worker, isMainThread, workerData } =
  require('worker_threads');

if (!isMainThread) {
  workerData.handle.readFile('utf8').then(common.mustCall(async (text) => {
    assert.strictEqual(text, fs.readFileSync(__filename, 'utf8'));
    await workerData.handle.close();
  }));
  return;
}

function dataCloneError(message) {
  return { name: 'DataCloneError', code: 25, message };
}

(async () => {
  const expected = fs.readFileSync(__filename);

  // Not listed: node's coded TypeError, for both APIs.
  const fh = await fs.promises.open(__filename);
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => port1.postMessage(fh), {
    name: 'TypeError',
    code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
    message: 'Object that needs transfer was found in message but not ' +
             'listed in transferList',
  });
  assert.throws(() => structuredClone({ fh }), {
    code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  });
  // Listed twice.
  assert.throws(() => structuredClone(fh, { transfer: [fh, fh] }),
                dataCloneError('Transfer list contains duplicate FileHandle'));
  assert.notStrictEqual(fh.fd, -1);

  // Transferred: same prototype, the fd moves.
  const fd = fh.fd;
  port1.postMessage({ fh }, [fh]);
  assert.strictEqual(fh.fd, -1);
  const [{ fh: received }] = await require('events').once(port2, 'message');
  assert.strictEqual(Object.getPrototypeOf(received),
                     Object.getPrototypeOf(fh));
  assert.strictEqual(received.fd, fd);
  assert.deepStrictEqual(await received.readFile(), expected);
  await assert.rejects(fh.readFile(), { code: 'EBADF' });
  port1.close();

  // structuredClone transfers the same way.
  const clone = structuredClone(received, { transfer: [received] });
  assert.strictEqual(received.fd, -1);
  assert.strictEqual(clone.fd, fd);
  // The same fd: its position is past the end now.
  const { buffer } = await clone.read(Buffer.alloc(expected.length), 0,
                                      expected.length, 0);
  assert.deepStrictEqual(buffer, expected);

  // In use (an operation in flight, a close in progress): refused.
  const busy = clone.readFile();
  assert.throws(() => structuredClone(clone, { transfer: [clone] }),
                dataCloneError('Cannot transfer FileHandle while in use'));
  await busy;
  const closing = clone.close();
  assert.throws(() => structuredClone(clone, { transfer: [clone] }),
                dataCloneError('Cannot transfer FileHandle while in use'));
  await closing;

  // To a worker, with the workerData.
  const handle = await fs.promises.open(__filename);
  handle.on('close', common.mustNotCall());
  const worker = new Worker(__filename, {
    workerData: { handle },
    transferList: [handle],
  });
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
})().then(common.mustCall());
