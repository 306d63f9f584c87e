'use strict';
// markAsUntransferable(): an ArrayBuffer so marked stays usable when listed in
// a transfer list — the receiver gets a copy. Buffers from the Buffer pool
// are untransferable too, so transferring one never detaches the pool.
const common = require('../common');
const assert = require('assert');
const {
  MessageChannel, markAsUntransferable, receiveMessageOnPort, Worker,
} = require('worker_threads');

const { port1, port2 } = new MessageChannel();

{
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab).set([1, 2, 3, 4]);
  markAsUntransferable(ab);
  port1.postMessage(ab, [ab]);
  assert.strictEqual(ab.byteLength, 4);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3, 4]);
  const { message } = receiveMessageOnPort(port2);
  assert.ok(message instanceof ArrayBuffer);
  assert.notStrictEqual(message, ab);
  assert.deepStrictEqual([...new Uint8Array(message)], [1, 2, 3, 4]);
  // A copy: changing one does not change the other.
  new Uint8Array(message)[0] = 9;
  assert.strictEqual(new Uint8Array(ab)[0], 1);
}

{
  // Through a typed array's buffer.
  const u8 = new Uint8Array([5, 6]);
  markAsUntransferable(u8.buffer);
  port1.postMessage(u8, [u8.buffer]);
  assert.strictEqual(u8.length, 2);
  assert.deepStrictEqual(receiveMessageOnPort(port2).message, new Uint8Array([5, 6]));
}

// Non-objects and plain objects are accepted and ignored.
for (const value of [1, 'str', null, undefined, {}]) {
  assert.strictEqual(markAsUntransferable(value), undefined);
}

{
  // A small Buffer lives in the shared pool: transferring its ArrayBuffer
  // copies, and the Buffer (and the pool) stay usable.
  const b = Buffer.from('abc');
  assert.notStrictEqual(b.buffer.byteLength, b.length);  // A pool slice.
  port1.postMessage(b, [b.buffer]);
  assert.strictEqual(b.length, 3);
  assert.strictEqual(b.toString(), 'abc');
  const { message } = receiveMessageOnPort(port2);
  assert.strictEqual(Buffer.from(message).toString(), 'abc');
  assert.strictEqual(Buffer.from('defg').toString(), 'defg');
}

{
  // Also for a worker: the untransferable buffer is copied, the worker
  // changes its copy only.
  const ab = new ArrayBuffer(2);
  markAsUntransferable(ab);
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (ab) => {
      new Uint8Array(ab)[0] = 7;
      parentPort.postMessage(new Uint8Array(ab)[0]);
    });
  `, { eval: true });
  w.postMessage(ab, [ab]);
  assert.strictEqual(ab.byteLength, 2);
  w.on('message', common.mustCall((v) => {
    assert.strictEqual(v, 7);
    assert.strictEqual(new Uint8Array(ab)[0], 0);
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

port1.close();
