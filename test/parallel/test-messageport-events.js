'use strict';
// MessagePort details: close(callback) runs the callback on 'close'; a
// closing port keeps its ref state until it is closed (then false); events
// other than messages, emitted with emit(), reach EventTarget listeners as
// CustomEvents whose detail is the value, and on() listeners as the value;
// terminate() of an unref()'ed Worker still resolves.
const common = require('../common');
const assert = require('assert');
const { MessageChannel, Worker } = require('worker_threads');

{
  const { port1, port2 } = new MessageChannel();
  port1.on('message', common.mustNotCall());
  assert.strictEqual(port1.hasRef(), true);
  port1.close(common.mustCall(() => {
    assert.strictEqual(port1.hasRef(), false);
  }));
  assert.strictEqual(port1.hasRef(), true);
  port2.on('close', common.mustCall());
}

{
  const { port1 } = new MessageChannel();
  port1.addEventListener('custom', common.mustCall((event) => {
    assert.strictEqual(event.constructor.name, 'CustomEvent');
    assert.strictEqual(event.type, 'custom');
    assert.strictEqual(event.detail, 42);
  }));
  port1.on('custom', common.mustCall((value) => {
    assert.strictEqual(value, 42);
  }));
  assert.strictEqual(port1.emit('custom', 42), true);
  port1.close();
}

{
  const worker = new Worker('setInterval(() => {}, 1000);', { eval: true });
  worker.once('online', common.mustCall(async () => {
    worker.unref();
    assert.strictEqual(await worker.terminate(), 1);
  }));
}
