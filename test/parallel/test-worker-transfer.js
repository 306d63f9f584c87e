'use strict';
// ArrayBuffers in the transfer list are moved: detached on the sender
// (byteLength 0, views length 0) and the receiver gets the contents.
// MessagePorts can be transferred to a worker, through postMessage and through
// the transferList option with workerData.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, MessagePort } = require('worker_threads');

// A port sent with workerData must be in the transferList option.
const wd = new MessageChannel();
const wdPort = wd.port2;
assert.throws(() => new Worker('', { eval: true, workerData: { port: wdPort } }), {
  name: 'TypeError',
  code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  message: 'Object that needs transfer was found in message but not listed ' +
           'in transferList',
});
wd.port1.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'hello through workerData port');
}));
wd.port1.on('close', common.mustCall());

const w = new Worker(`
  const { parentPort, workerData, MessagePort } = require('worker_threads');
  const assert = require('assert');
  // A port received through workerData + transferList.
  assert.ok(workerData.port instanceof MessagePort);
  workerData.port.postMessage('hello through workerData port');
  workerData.port.close();
  parentPort.on('message', (m) => {
    if (m.kind === 'buffer') {
      const view = new Uint8Array(m.ab);
      parentPort.postMessage({ kind: 'sum', sum: view.reduce((a, b) => a + b, 0),
                               len: m.ab.byteLength, viewLen: m.view.length });
      // Send it back, transferred.
      parentPort.postMessage({ kind: 'back', ab: m.ab }, [m.ab]);
      parentPort.postMessage({ kind: 'after-back', len: m.ab.byteLength });
    } else if (m.kind === 'port') {
      assert.ok(m.port instanceof MessagePort);
      m.port.on('message', (x) => {
        m.port.postMessage(x * 2);
        if (x === 3) m.port.close();
      });
    } else if (m.kind === 'end') {
      parentPort.close();
    }
  });
`, { eval: true, workerData: { port: wdPort }, transferList: [wdPort] });

const ab = new ArrayBuffer(4);
const view = new Uint8Array(ab);
view.set([1, 2, 3, 4]);
w.postMessage({ kind: 'buffer', ab, view }, [ab]);
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(view.length, 0);
assert.strictEqual(view.byteLength, 0);

const { port1, port2 } = new MessageChannel();
w.postMessage({ kind: 'port', port: port2 }, [port2]);
const replies = [];
port1.on('message', common.mustCall((m) => {
  replies.push(m);
}, 3));
port1.on('close', common.mustCall(() => {
  assert.deepStrictEqual(replies, [2, 4, 6]);
  w.postMessage({ kind: 'end' });
}));
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);

// A transferred port can't be used again on the sender side: posting on it is
// a silent no-op, and transferring it again throws.
port2.postMessage('ignored');
assert.throws(() => w.postMessage(port2, [port2]), {
  name: 'DataCloneError',
  message: 'MessagePort in transfer list is already detached',
  code: 25,
});

const msgs = [];
w.on('message', common.mustCall((m) => {
  msgs.push(m);
  if (m.kind === 'back') {
    assert.ok(m.ab instanceof ArrayBuffer);
    assert.deepStrictEqual([...new Uint8Array(m.ab)], [1, 2, 3, 4]);
  }
}, 3));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(msgs.map((m) => m.kind), ['sum', 'back', 'after-back']);
  assert.strictEqual(msgs[0].sum, 10);
  assert.strictEqual(msgs[0].len, 4);
  assert.strictEqual(msgs[0].viewLen, 4);
  assert.strictEqual(msgs[2].len, 0);
}));
