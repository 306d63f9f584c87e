'use strict';
// TransformStream (transform, flush, terminate, cancel) and pipeTo /
// pipeThrough with their prevent* options and an AbortSignal.

const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const {
  ReadableStream,
  WritableStream,
  TransformStream,
} = require('stream/web');

function collect(into) {
  return new WritableStream({ write(chunk) { into.push(chunk); } });
}

(async () => {
  const out = [];
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  await ReadableStream.from(['a', 'b']).pipeThrough(upper).pipeTo(collect(out));
  assert.deepStrictEqual(out, ['A', 'B', '!']);
})().then(common.mustCall());

(async () => {
  // The identity transform passes chunks through.
  const out = [];
  await ReadableStream.from([1, 2, 3])
    .pipeThrough(new TransformStream()).pipeTo(collect(out));
  assert.deepStrictEqual(out, [1, 2, 3]);
})().then(common.mustCall());

(async () => {
  // terminate() closes the readable side and errors the writable side.
  const ts = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk); c.terminate(); },
  });
  const writer = ts.writable.getWriter();
  writer.write('x');
  const reader = ts.readable.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await assert.rejects(writer.closed, { code: 'ERR_INVALID_STATE' });
})().then(common.mustCall());

(async () => {
  // Cancelling the readable side runs transformer.cancel and errors the
  // writable side with the reason.
  const ts = new TransformStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'r')),
  });
  await ts.readable.cancel('r');
  await assert.rejects(ts.writable.getWriter().closed, (e) => e === 'r');
})().then(common.mustCall());

(async () => {
  // A throwing transform errors both sides.
  const error = new Error('t');
  const ts = new TransformStream({ transform() { throw error; } });
  const writer = ts.writable.getWriter();
  const read = assert.rejects(ts.readable.getReader().read(), error);
  await assert.rejects(writer.write(1), error);
  await read;
})().then(common.mustCall());

(async () => {
  // preventClose keeps the destination open and unlocked afterwards.
  const out = [];
  const dest = collect(out);
  await ReadableStream.from([1]).pipeTo(dest, { preventClose: true });
  assert.strictEqual(dest.locked, false);
  const writer = dest.getWriter();
  await writer.write(2);
  assert.deepStrictEqual(out, [1, 2]);
})().then(common.mustCall());

(async () => {
  // A source error aborts the destination, unless preventAbort.
  const error = new Error('src');
  const failing = () => new ReadableStream({ start(c) { c.error(error); } });
  const dest = new WritableStream({
    abort: common.mustCall((reason) => assert.strictEqual(reason, error)),
  });
  await assert.rejects(failing().pipeTo(dest), error);
  const kept = new WritableStream({ abort: common.mustNotCall() });
  await assert.rejects(failing().pipeTo(kept, { preventAbort: true }), error);
  assert.strictEqual(inspect(kept), "WritableStream { locked: false, state: 'writable' }");
})().then(common.mustCall());

(async () => {
  // A destination error cancels the source, unless preventCancel.
  const error = new Error('dest');
  const source = new ReadableStream({
    pull(c) { c.enqueue(1); },
    cancel: common.mustCall((reason) => assert.strictEqual(reason, error)),
  });
  await assert.rejects(
    source.pipeTo(new WritableStream({ write() { throw error; } })), error);
})().then(common.mustCall());

(async () => {
  // An AbortSignal stops the pipe with its reason.
  const ac = new AbortController();
  const source = new ReadableStream({
    pull(c) { c.enqueue(1); return new Promise((resolve) => setImmediate(resolve)); },
    cancel: common.mustCall(),
  });
  const piped = source.pipeTo(new WritableStream(), { signal: ac.signal });
  setImmediate(() => ac.abort());
  await assert.rejects(piped, { name: 'AbortError' });
  const aborted = AbortSignal.abort('why');
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: aborted }),
                       (e) => e === 'why');
})().then(common.mustCall());

{
  assert.rejects(new ReadableStream().pipeTo({}), { code: 'ERR_INVALID_ARG_TYPE' })
    .then(common.mustCall());
  assert.throws(() => new ReadableStream().pipeThrough({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new TransformStream({ readableType: 'bytes' }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
  const locked = new ReadableStream();
  locked.getReader();
  assert.rejects(locked.pipeTo(new WritableStream()), { code: 'ERR_INVALID_STATE' })
    .then(common.mustCall());
  assert.strictEqual(inspect(new TransformStream()), `TransformStream {
  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },
  writable: WritableStream { locked: false, state: 'writable' },
  backpressure: true
}`);
}
