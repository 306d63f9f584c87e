'use strict';
// A port that is closed (or closing) still checks what it is asked to
// send: a closed port in a transfer list is a detached one (a
// DataCloneError, and nothing listed moves), posting from it sends nothing
// and returns undefined; a port posted through its own channel ends the
// channel with a warning; the closing end's 'close' comes before the other
// end's, and util.inspect shows a closed port inactive once it is gone.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { MessageChannel } = require('worker_threads');

function detached(fn) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.constructor.name, 'DOMException');
    assert.strictEqual(err.message,
                       'MessagePort in transfer list is already detached');
    return true;
  });
}

{
  const { port1, port2 } = new MessageChannel();
  port2.onmessage = common.mustNotCall();
  assert.strictEqual(port1.postMessage('sent'), true);
  port2.close();
  const buffer = new ArrayBuffer(8);
  // Closing is at once: port2 is detached already.
  detached(() => port1.postMessage(1, [buffer, port2]));
  assert.strictEqual(buffer.byteLength, 8);
  assert.strictEqual(port2.postMessage('nowhere'), undefined);
  const order = [];
  port2.on('close', common.mustCall(() => {
    order.push('port2');
    assert.strictEqual(port2.hasRef(), false);
    setImmediate(common.mustCall(() => {
      assert.match(util.inspect(port2), /active: false/);
    }));
    // Closed, the object still refuses to be transferred.
    detached(() => new MessageChannel().port1.postMessage(1, [port2]));
    assert.throws(() => structuredClone(1, { transfer: [port2] }),
                  { name: 'DataCloneError' });
    assert.strictEqual(port2.postMessage(1), undefined);
  }));
  // Waits for the other end's close.
  port1.ref();
  port1.on('close', common.mustCall(() => {
    order.push('port1');
    assert.deepStrictEqual(order, ['port2', 'port1']);
  }));
  assert.throws(() => port1.postMessage.call({}, 1), {
    name: 'TypeError', message: 'Illegal invocation',
  });
}

{
  const { port1, port2 } = new MessageChannel();
  common.expectWarning('Warning', 'The target port was posted to itself, ' +
                       'and the communication channel was lost');
  const buffer = new ArrayBuffer(4);
  port1.onmessage = common.mustNotCall();
  assert.strictEqual(port1.postMessage(buffer, [port2, buffer]), true);
  // Moved all the same.
  assert.strictEqual(buffer.byteLength, 0);
  port1.on('close', common.mustCall());
}

{
  // Closing while receiving: the delivery under way goes on, even with what
  // arrives meanwhile.
  const { port1, port2 } = new MessageChannel();
  const got = [];
  port1.on('message', common.mustCall((msg) => {
    got.push(msg);
    if (msg === 'a') {
      port1.close();
      port2.postMessage('late');
    }
  }, 3));
  port1.on('close', common.mustCall(() => {
    assert.deepStrictEqual(got, ['a', 'b', 'late']);
  }));
  port2.postMessage('a');
  port2.postMessage('b');
}
