'use strict';
// WritableStream: write/close order, backpressure and ready, abort with
// the controller's signal, errors from the sink, coded errors, inspect.

const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { WritableStream, CountQueuingStrategy } = require('stream/web');

(async () => {
  const events = [];
  const ws = new WritableStream({
    start() { events.push('start'); },
    write(chunk) {
      events.push(`write ${chunk}`);
      return new Promise((resolve) => setImmediate(resolve));
    },
    close() { events.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  assert.strictEqual(writer.desiredSize, 2);
  const w1 = writer.write('a').then(() => events.push('a done'));
  const w2 = writer.write('b').then(() => events.push('b done'));
  assert.strictEqual(writer.desiredSize, 0);
  const closed = writer.close().then(() => events.push('closed'));
  await Promise.all([w1, w2, closed]);
  assert.deepStrictEqual(events, [
    'start', 'write a', 'write b', 'a done', 'close', 'b done', 'closed',
  ]);
  assert.strictEqual(writer.desiredSize, 0);
})().then(common.mustCall());

(async () => {
  // ready waits for the queue to drain below the high water mark.
  let release;
  const ws = new WritableStream({
    write() { return new Promise((resolve) => { release = resolve; }); },
  });
  const writer = ws.getWriter();
  await writer.ready;
  writer.write(1);
  let ready = false;
  writer.ready.then(() => { ready = true; });
  await new Promise(setImmediate);
  assert.strictEqual(ready, false);
  release();
  await writer.ready;
})().then(common.mustCall());

(async () => {
  // abort(): the signal fires, the sink's abort runs, closed rejects.
  let signal;
  const ws = new WritableStream({
    start(c) { signal = c.signal; },
    abort: common.mustCall((reason) => assert.strictEqual(reason, 'stop')),
  });
  const writer = ws.getWriter();
  signal.addEventListener('abort', common.mustCall());
  const closed = assert.rejects(writer.closed, (e) => e === 'stop');
  await writer.abort('stop');
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, 'stop');
  await closed;
})().then(common.mustCall());

(async () => {
  // A failing sink errors the stream.
  const error = new Error('sink');
  const ws = new WritableStream({ write() { throw error; } });
  const writer = ws.getWriter();
  await assert.rejects(writer.write(1), error);
  await assert.rejects(writer.closed, error);
  assert.strictEqual(writer.desiredSize, null);
  assert.strictEqual(inspect(ws), "WritableStream { locked: true, state: 'errored' }");
})().then(common.mustCall());

{
  assert.throws(() => new WritableStream({ type: 'x' }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
  const ws = new WritableStream();
  assert.strictEqual(inspect(ws), "WritableStream { locked: false, state: 'writable' }");
  const writer = ws.getWriter();
  assert.throws(() => ws.getWriter(), { code: 'ERR_INVALID_STATE' });
  assert.rejects(ws.abort(), { code: 'ERR_INVALID_STATE' }).then(common.mustCall());
  assert.rejects(ws.close(), { code: 'ERR_INVALID_STATE' }).then(common.mustCall());
  writer.releaseLock();
  assert.rejects(writer.write(1), { code: 'ERR_INVALID_STATE' }).then(common.mustCall());
  assert.throws(() => writer.desiredSize, { code: 'ERR_INVALID_STATE' });
  assert.throws(() => WritableStream.prototype.getWriter.call({}),
                { code: 'ERR_INVALID_THIS' });
  assert.strictEqual(Object.prototype.toString.call(writer),
                     '[object WritableStreamDefaultWriter]');
}
