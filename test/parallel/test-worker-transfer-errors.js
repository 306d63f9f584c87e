'use strict';
// Bad transfer lists and bad transferables, for postMessage and
// structuredClone: node's codes, classes and messages.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { MessageChannel } = require('worker_threads');
const { once } = require('events');

const invalid = {
  name: 'TypeError',
  code: 'ERR_INVALID_TRANSFER_OBJECT',
  message: 'Found invalid object in transferList',
};
const missing = {
  name: 'TypeError',
  code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
};
function dataCloneError(message) {
  return { name: 'DataCloneError', code: 25, message };
}

const { port1, port2 } = new MessageChannel();

// What cannot be listed at all.
for (const item of [{}, [], new Uint8Array(2), new EventTarget(),
                    new AbortController().signal, () => {}]) {
  assert.throws(() => port1.postMessage(1, [item]), invalid);
  assert.throws(() => structuredClone(1, { transfer: [item] }), invalid);
}

// Streams: listed twice, locked, or met without being listed.
{
  const rs = new ReadableStream();
  assert.throws(() => structuredClone(rs, { transfer: [rs, rs] }),
                dataCloneError('Transfer list contains duplicate ' +
                               'ReadableStream'));
  assert.throws(() => structuredClone({ rs }), missing);
  rs.getReader();
  assert.throws(() => structuredClone(rs, { transfer: [rs] }),
                dataCloneError('Cannot transfer a locked ReadableStream'));
  const ws = new WritableStream();
  ws.getWriter();
  assert.throws(() => port1.postMessage(ws, [ws]),
                dataCloneError('Cannot transfer a locked WritableStream'));
  const ts = new TransformStream();
  ts.readable.getReader();
  assert.throws(() => structuredClone(ts, { transfer: [ts] }),
                dataCloneError('Cannot transfer a locked ReadableStream'));
}

// A transferable AbortSignal must be listed.
{
  const { transferableAbortSignal } = require('util');
  const signal = transferableAbortSignal(new AbortController().signal);
  assert.throws(() => structuredClone(signal), missing);
  assert.throws(() => transferableAbortSignal({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. ' +
             'Received an instance of Object',
  });
}

(async () => {
  const kTransfer = (fh) => Object.getOwnPropertySymbols(
    Object.getPrototypeOf(fh)).find(
    (symbol) => symbol.description === 'messaging_transfer_symbol');

  // An overridden transfer method cannot name what the receiver loads: an
  // unknown module, or a class that cannot be deserialized.
  for (const [info, message] of [
    ['internal/no/such/module:X', "Missing internal module 'internal/no/such/module'"],
    ['net:Socket', 'Unknown deserialize spec net:Socket'],
    ['fs:NoSuchExport', 'Unknown deserialize spec fs:NoSuchExport'],
  ]) {
    const fh = await fs.promises.open(__filename);
    fh[kTransfer(fh)] = () => ({ data: 1, deserializeInfo: info });
    const { port1, port2 } = new MessageChannel();
    port2.on('message', common.mustNotCall());
    port1.postMessage(fh, [fh]);
    const [error] = await once(port2, 'messageerror');
    assert.strictEqual(error.message, message);
    port2.close();
  }

  // structuredClone throws what the receiving side throws.
  const fh = await fs.promises.open(__filename);
  fh[kTransfer(fh)] = () => ({ data: 1, deserializeInfo: 'net:Socket' });
  assert.throws(() => structuredClone(fh, { transfer: [fh] }), {
    name: 'Error',
    message: 'Unknown deserialize spec net:Socket',
  });

  // What the transfer method throws goes to the sender.
  const fh2 = await fs.promises.open(__filename);
  fh2[kTransfer(fh2)] = () => { throw new RangeError('nope'); };
  assert.throws(() => port1.postMessage(fh2, [fh2]),
                { name: 'RangeError', message: 'nope' });
  await fh2.close();
  port1.close();

  // A port moved to a vm context cannot make JS transferables: the message
  // is an error there, the next one arrives.
  {
    const vm = require('vm');
    const { moveMessagePortToContext } = require('worker_threads');
    const { port1, port2 } = new MessageChannel();
    const moved = moveMessagePortToContext(port2, vm.createContext());
    moved.onmessageerror = common.mustCall(({ data }) => {
      assert.strictEqual(data.code, 'ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE');
    });
    moved.onmessage = common.mustCall(({ data }) => {
      assert.strictEqual(data, 'next');
      port1.close();
    });
    moved.start();
    const { BlockList } = require('net');
    port1.postMessage(new BlockList());
    port1.postMessage('next');
  }
})().then(common.mustCall());
