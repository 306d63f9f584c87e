'use strict';
// MessagePort.postMessage / MessagePort / receiveMessageOnPort error cases:
// classes, names, codes and messages.
require('../common');
const assert = require('assert');
const {
  MessageChannel, MessagePort, receiveMessageOnPort,
} = require('worker_threads');

const { port1, port2 } = new MessageChannel();

function dataCloneError(message) {
  return (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    return true;
  };
}

// Unclonable values.
assert.throws(() => port1.postMessage(() => {}),
              dataCloneError('() => {} could not be cloned.'));
assert.throws(() => port1.postMessage(Symbol('x')),
              dataCloneError('Symbol(x) could not be cloned.'));
assert.throws(() => port1.postMessage({ nested: [{ f() {} }] }),
              dataCloneError('f() {} could not be cloned.'));
// A detached ArrayBuffer in the message.
{
  const ab = new ArrayBuffer(4);
  const other = new MessageChannel();
  other.port1.postMessage(ab, [ab]);
  other.port1.close();
  assert.throws(() => port1.postMessage({ ab }),
                dataCloneError('An ArrayBuffer is detached and could not be cloned.'));
}

// Transfer list problems.
assert.throws(() => port1.postMessage(null, [port1]),
              dataCloneError('Transfer list contains source port'));
{
  const ab = new ArrayBuffer(1);
  assert.throws(() => port1.postMessage(ab, [ab, ab]),
                dataCloneError('Transfer list contains duplicate ArrayBuffer'));
  // Nothing was transferred.
  assert.strictEqual(ab.byteLength, 1);
}
{
  const c = new MessageChannel();
  assert.throws(() => port1.postMessage(null, [c.port1, c.port1]),
                dataCloneError('Transfer list contains duplicate MessagePort'));
  // A port that was transferred is detached: transferring it again fails.
  port1.postMessage(null, [c.port1]);
  assert.throws(() => port1.postMessage(null, [c.port1]),
                dataCloneError('MessagePort in transfer list is already detached'));
  c.port2.close();
}
for (const bad of [{}, 1, 'str', new SharedArrayBuffer(1), new Uint8Array(1)]) {
  assert.throws(() => port1.postMessage(null, [bad]), {
    name: 'TypeError',
    code: 'ERR_INVALID_TRANSFER_OBJECT',
    message: 'Found invalid object in transferList',
  });
}
{
  const c = new MessageChannel();
  assert.throws(() => port1.postMessage({ port: c.port1 }), {
    name: 'TypeError',
    code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
    message: 'Object that needs transfer was found in message but not listed ' +
             'in transferList',
  });
  c.port1.close();
}
for (const bad of ['x', 5, true]) {
  assert.throws(() => port1.postMessage(1, bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'Optional transferList argument must be an iterable',
  });
}

// No arguments.
assert.throws(() => port1.postMessage(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'Not enough arguments to MessagePort.postMessage',
});

// Nothing of the failed posts was queued.
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: null });  // [c.port1]
assert.strictEqual(receiveMessageOnPort(port2), undefined);

// The MessagePort constructor can't be called.
for (const fn of [() => new MessagePort(), () => MessagePort()]) {
  assert.throws(fn, {
    name: 'TypeError',
    code: 'ERR_CONSTRUCT_CALL_INVALID',
    message: 'Constructor cannot be called',
  });
}

// receiveMessageOnPort needs a MessagePort.
for (const bad of [{}, null, undefined, 1, new EventTarget()]) {
  assert.throws(() => receiveMessageOnPort(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "port" argument must be a MessagePort instance',
  });
}

port1.close();
