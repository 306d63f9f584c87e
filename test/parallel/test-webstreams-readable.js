'use strict';
// ReadableStream with a default controller: reads, queueing, close, error,
// cancel, locking errors, async iteration, ReadableStream.from and inspect.

const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { ReadableStream } = require('stream/web');

(async () => {
  // Chunks enqueued in start() are read in order, then done.
  const events = [];
  const rs = new ReadableStream({
    start(c) {
      assert.strictEqual(c.desiredSize, 1);
      c.enqueue('a');
      c.enqueue('b');
      assert.strictEqual(c.desiredSize, -1);
      c.close();
    },
    pull: common.mustNotCall(),
  });
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  reader.closed.then(() => events.push('closed'));
  events.push(await reader.read());
  events.push(await reader.read());
  events.push(await reader.read());
  await null;
  assert.deepStrictEqual(events, [
    { value: 'a', done: false },
    'closed',
    { value: 'b', done: false },
    { value: undefined, done: true },
  ]);
})().then(common.mustCall());

(async () => {
  // pull() is called when a read waits; the strategy's size counts.
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      n++;
      if (n === 3) c.close(); else c.enqueue(n);
    },
  }, { highWaterMark: 0 });
  const got = [];
  for await (const x of rs) got.push(x);
  assert.deepStrictEqual(got, [1, 2]);
  assert.strictEqual(n, 3);
})().then(common.mustCall());

(async () => {
  // Errors reject pending and later reads and the closed promise.
  const error = new Error('boom');
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } });
  const reader = rs.getReader();
  const read = reader.read();
  controller.error(error);
  await assert.rejects(read, error);
  await assert.rejects(reader.read(), error);
  await assert.rejects(reader.closed, error);
  assert.strictEqual(controller.desiredSize, null);
})().then(common.mustCall());

(async () => {
  // cancel() reaches the source and resolves a pending read with done.
  const rs = new ReadableStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'why')),
  });
  const reader = rs.getReader();
  const read = reader.read();
  await reader.cancel('why');
  assert.deepStrictEqual(await read, { value: undefined, done: true });
})().then(common.mustCall());

{
  // Coded errors.
  assert.throws(() => new ReadableStream(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({ type: 'x' }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
  assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
  assert.throws(() => new ReadableStream({}, { size: 1 }),
                { code: 'ERR_INVALID_ARG_TYPE' });
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.getReader(),
                { code: 'ERR_INVALID_STATE', name: 'TypeError' });
  assert.rejects(locked.cancel(), { code: 'ERR_INVALID_STATE' })
    .then(common.mustCall());
  assert.throws(() => new ReadableStream().getReader({ mode: 'x' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => ReadableStream.prototype.getReader.call({}),
                { code: 'ERR_INVALID_THIS' });
  assert.throws(() => new (new ReadableStream({
    start(c) { this.c = c; },
  }).constructor)(null), { code: 'ERR_INVALID_ARG_TYPE' });
  new ReadableStream({
    start(c) {
      assert.throws(() => new c.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
      c.close();
      assert.throws(() => c.enqueue(1), { code: 'ERR_INVALID_STATE' });
    },
  });
  new ReadableStream({
    start(c) {
      assert.throws(() => c.enqueue(1), { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
    },
  }, { size() { return -1; } });
  const released = new ReadableStream().getReader();
  released.releaseLock();
  assert.rejects(released.read(), { code: 'ERR_INVALID_STATE' }).then(common.mustCall());
  assert.rejects(released.closed, { code: 'ERR_INVALID_STATE' }).then(common.mustCall());
  assert.throws(() => ReadableStream.from(1), { code: 'ERR_ARG_NOT_ITERABLE' });
}

(async () => {
  // Async iteration: break cancels unless preventCancel.
  const cancel = common.mustCall();
  const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel });
  for await (const x of rs) { assert.strictEqual(x, 1); break; }
  assert.strictEqual(rs.locked, false);
  const kept = new ReadableStream({ pull(c) { c.enqueue(2); }, cancel: common.mustNotCall() });
  for await (const x of kept.values({ preventCancel: true })) { assert.strictEqual(x, 2); break; }
  assert.strictEqual(kept.locked, false);
  assert.strictEqual((await kept.getReader().read()).value, 2);
})().then(common.mustCall());

(async () => {
  // ReadableStream.from: sync and async iterables, promises awaited.
  const got = [];
  for await (const x of ReadableStream.from([1, Promise.resolve(2)])) got.push(x);
  async function* gen() { yield 'a'; yield 'b'; }
  for await (const x of ReadableStream.from(gen())) got.push(x);
  assert.deepStrictEqual(got, [1, 2, 'a', 'b']);
})().then(common.mustCall());

{
  const rs = new ReadableStream();
  assert.strictEqual(inspect(rs),
                     "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
  assert.strictEqual(Object.prototype.toString.call(rs), '[object ReadableStream]');
  const reader = rs.getReader();
  assert.strictEqual(inspect(reader), `ReadableStreamDefaultReader {
  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },
  readRequests: 0,
  close: Promise { <pending> }
}`);
}

{
  // Reader constructors check their stream.
  const { ReadableStreamDefaultReader, ReadableStreamBYOBReader } =
    require('stream/web');
  assert.throws(() => new ReadableStreamDefaultReader({}),
                { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStreamBYOBReader(new ReadableStream()),
                { code: 'ERR_INVALID_ARG_VALUE' });
  new ReadableStream().values(null).return();
}
