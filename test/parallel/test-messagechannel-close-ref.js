'use strict';
// port.close() emits 'close' on both ends (once each, also when close() is
// called twice); posting on a closed port is a silent no-op. hasRef() follows
// the message listeners and ref()/unref(); an unref'ed port with a listener
// does not keep the process alive (checked in a child process).
const common = require('../common');
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

if (process.argv[2] === 'child-unref') {
  const { port1 } = new MessageChannel();
  port1.on('message', () => {});
  port1.unref();
  process.on('exit', () => process.stdout.write('ended\n'));
  return;
}
if (process.argv[2] === 'child-ref') {
  // A ref'ed port with a listener keeps the process alive until closed.
  const { port1, port2 } = new MessageChannel();
  port1.on('message', (m) => {
    process.stdout.write(`got ${m}\n`);
    port1.close();
  });
  setImmediate(() => port2.postMessage('late'));
  process.on('exit', () => process.stdout.write('ended\n'));
  return;
}

{
  const { port1, port2 } = new MessageChannel();
  let closed = 0;
  // Keep the process alive until both 'close' events ran (the order of the
  // two is not specified).
  const keepAlive = setInterval(() => {}, 1000);
  const onClose = () => { if (++closed === 2) clearInterval(keepAlive); };
  port1.on('close', common.mustCall(onClose));
  port2.on('close', common.mustCall(onClose));
  port1.close();
  port1.close();  // No second 'close'.
  // No-ops after close.
  port1.postMessage('dropped');
  port2.postMessage('dropped');
  assert.strictEqual(receiveMessageOnPort(port2), undefined);
}

{
  // Messages sent before close() are still delivered.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('before close');
  port1.close();
  port2.on('message', common.mustCall((m) => assert.strictEqual(m, 'before close')));
  port2.on('close', common.mustCall());
}

{
  // hasRef().
  const { port1, port2 } = new MessageChannel();
  assert.strictEqual(port1.hasRef(), false);
  port1.on('message', () => {});
  assert.strictEqual(port1.hasRef(), true);
  port1.unref();
  assert.strictEqual(port1.hasRef(), false);
  port1.ref();
  assert.strictEqual(port1.hasRef(), true);

  const listener = () => {};
  port2.addEventListener('message', listener);
  assert.strictEqual(port2.hasRef(), true);
  port2.removeEventListener('message', listener);
  assert.strictEqual(port2.hasRef(), false);
  port2.onmessage = () => {};
  assert.strictEqual(port2.hasRef(), true);
  port2.onmessage = null;
  assert.strictEqual(port2.hasRef(), false);
  // ref() without a listener.
  port2.ref();
  assert.strictEqual(port2.hasRef(), true);
  port1.close();
  port2.on('close', common.mustCall(() => {
    assert.strictEqual(port2.hasRef(), false);
  }));
}

const r1 = common.spawnSelf([__filename, 'child-unref'], { timeout: 60000 });
assert.strictEqual(r1.signal, null);
assert.strictEqual(r1.stderr, '');
assert.strictEqual(r1.status, 0);
assert.strictEqual(r1.stdout, 'ended\n');

const r2 = common.spawnSelf([__filename, 'child-ref'], { timeout: 60000 });
assert.strictEqual(r2.signal, null);
assert.strictEqual(r2.stderr, '');
assert.strictEqual(r2.status, 0);
assert.strictEqual(r2.stdout, 'got late\nended\n');
