'use strict';
// MessageChannel: messages are delivered in order to on('message') (the
// data), to onmessage and addEventListener (a MessageEvent with data, ports,
// target). receiveMessageOnPort() takes queued messages synchronously. The
// globals are the worker_threads classes.
const common = require('../common');
const assert = require('assert');
const {
  MessageChannel, MessagePort, receiveMessageOnPort,
} = require('worker_threads');

// Globals.
assert.strictEqual(globalThis.MessageChannel, MessageChannel);
assert.strictEqual(globalThis.MessagePort, MessagePort);
assert.strictEqual(typeof MessageEvent, 'function');
assert.strictEqual(typeof BroadcastChannel, 'function');
assert.strictEqual(require('worker_threads').BroadcastChannel, BroadcastChannel);

{
  const { port1, port2 } = new MessageChannel();
  assert.ok(port1 instanceof MessagePort);
  assert.ok(port1 instanceof EventTarget);
  assert.strictEqual(typeof port1.on, 'function');

  // receiveMessageOnPort: synchronous, wrapped in { message }, FIFO,
  // undefined when the queue is empty.
  assert.strictEqual(receiveMessageOnPort(port2), undefined);
  port1.postMessage({ a: 1 });
  port1.postMessage(undefined);
  port1.postMessage('third');
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: { a: 1 } });
  const second = receiveMessageOnPort(port2);
  assert.deepStrictEqual(second, { message: undefined });
  assert.ok('message' in second);
  assert.deepStrictEqual(Object.keys(second), ['message']);
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'third' });
  assert.strictEqual(receiveMessageOnPort(port2), undefined);

  // Messages taken by receiveMessageOnPort are not emitted later.
  port1.postMessage('taken');
  port1.postMessage('emitted');
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'taken' });
  port2.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'emitted');
    port2.close();
  }));
}

{
  // on('message') starts the port; messages posted before the listener are
  // queued, and the order is kept; both directions work.
  const { port1, port2 } = new MessageChannel();
  for (let i = 0; i < 100; i++) port1.postMessage(i);
  const got = [];
  port2.on('message', common.mustCall((m) => {
    got.push(m);
    if (got.length === 100) {
      assert.deepStrictEqual(got, Array.from({ length: 100 }, (_, i) => i));
      port2.postMessage('back');
    }
  }, 100));
  port1.once('message', common.mustCall((m) => {
    assert.strictEqual(m, 'back');
    port1.close();
  }));
}

{
  // addEventListener needs start(); it gets a MessageEvent.
  const { port1, port2 } = new MessageChannel();
  const extra = new MessageChannel();
  port2.addEventListener('message', common.mustCall((event) => {
    assert.ok(event instanceof MessageEvent);
    assert.ok(event instanceof Event);
    assert.strictEqual(event.type, 'message');
    assert.strictEqual(event.target, port2);
    assert.deepStrictEqual(event.data, { x: 1 });
    assert.ok(Array.isArray(event.ports));
    assert.strictEqual(event.ports.length, 1);
    assert.ok(event.ports[0] instanceof MessagePort);
    // The transferred port works.
    event.ports[0].postMessage('through transferred port');
    event.ports[0].close();
    port2.close();
  }));
  extra.port2.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'through transferred port');
  }));
  extra.port2.on('close', common.mustCall());
  port2.start();
  port1.postMessage({ x: 1 }, [extra.port1]);
}

{
  // onmessage: a MessageEvent with empty ports; setting it starts the port.
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = common.mustCall((event) => {
    assert.ok(event instanceof MessageEvent);
    assert.strictEqual(event.data, 'via onmessage');
    assert.deepStrictEqual(event.ports, []);
    port2.close();
  });
  assert.strictEqual(typeof port2.onmessage, 'function');
  port1.postMessage('via onmessage');
}

{
  // MessageEvent constructed directly.
  const event = new MessageEvent('message', { data: 5 });
  assert.strictEqual(event.data, 5);
  assert.strictEqual(event.type, 'message');
  assert.strictEqual(new MessageEvent('x').data, null);
  assert.deepStrictEqual(new MessageEvent('x').ports, []);
}

{
  // A port's postMessage returns true (node's native binding result), also
  // with a transfer options object.
  const { port1, port2 } = new MessageChannel();
  assert.strictEqual(port1.postMessage(1), true);
  assert.strictEqual(port1.postMessage(2, []), true);
  assert.strictEqual(port1.postMessage(3, { transfer: [] }), true);
  assert.deepStrictEqual(
    [receiveMessageOnPort(port2), receiveMessageOnPort(port2),
     receiveMessageOnPort(port2)].map((r) => r.message), [1, 2, 3]);
  port1.close();
}
