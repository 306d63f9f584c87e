'use strict';
// BroadcastChannel: channels of the same name, in this thread and in a
// worker, receive each other's messages but not their own; other names
// receive nothing; close() stops delivery and postMessage after close throws
// an InvalidStateError DOMException; name is the given name as a string.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.strictEqual(require('worker_threads').BroadcastChannel, BroadcastChannel);

// Argument checks.
assert.throws(() => new BroadcastChannel(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "name" argument must be specified',
});
{
  const bc = new BroadcastChannel(123);
  assert.strictEqual(bc.name, '123');
  assert.ok(bc instanceof EventTarget);
  assert.throws(() => bc.postMessage(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "message" argument must be specified',
  });
  assert.throws(() => bc.postMessage(() => {}), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    return true;
  });
  bc.close();
  bc.close();  // Closing twice is fine.
  assert.throws(() => bc.postMessage('x'), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'InvalidStateError');
    assert.strictEqual(err.code, 11);
    assert.strictEqual(err.message, 'BroadcastChannel is closed.');
    return true;
  });
}

// Same thread.
const a = new BroadcastChannel('local');
const b = new BroadcastChannel('local');
const other = new BroadcastChannel('other');
other.onmessage = common.mustNotCall('other name');
a.onmessage = common.mustCall((event) => {
  assert.ok(event instanceof MessageEvent);
  assert.strictEqual(event.target, a);
  assert.deepStrictEqual(event.data, { from: 'b' });
});
const gotB = [];
b.addEventListener('message', common.mustCall((event) => {
  gotB.push(event.data);
  if (gotB.length === 2) {
    assert.deepStrictEqual(gotB, ['from a 1', 'from a 2']);
    // After close, a channel gets nothing more.
    b.close();
    a.postMessage('after b closed');
    setImmediate(() => {
      a.close();
      other.close();
    });
  }
}, 2));
a.postMessage('from a 1');
b.postMessage({ from: 'b' });  // Not received by b itself.
a.postMessage('from a 2');

// Across a worker: the worker's channel answers what it gets; its own answer
// does not come back to it, main's own messages do not come back to main.
const workerCode = `
  const { parentPort } = require('worker_threads');
  const bc = new BroadcastChannel('chan');
  const seen = [];
  bc.onmessage = ({ data }) => {
    seen.push(data);
    if (data === 'to worker') {
      bc.postMessage('from worker');
    } else if (data === 'end') {
      bc.close();
      parentPort.postMessage(seen);
    }
  };
  parentPort.postMessage('ready');
`;

const w = new Worker(workerCode, { eval: true });
w.once('message', common.mustCall((m) => {
  assert.strictEqual(m, 'ready');
  const main = new BroadcastChannel('chan');
  main.onmessage = common.mustCall(({ data }) => {
    assert.strictEqual(data, 'from worker');
    main.postMessage('end');
    w.once('message', common.mustCall((seenByWorker) => {
      assert.deepStrictEqual(seenByWorker, ['to worker', 'end']);
      main.close();
    }));
  });
  main.postMessage('to worker');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
