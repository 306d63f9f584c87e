'use strict';
// Readable byte streams: BYOB reads, byobRequest.respond and
// respondWithNewView, autoAllocateChunkSize, tee, Blob.prototype.stream().

const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { ReadableStream } = require('stream/web');

(async () => {
  // A BYOB read fills the caller's view (transferred) from the queue.
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  assert.strictEqual(inspect(rs),
                     "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
  const reader = rs.getReader({ mode: 'byob' });
  const view = new Uint8Array(3);
  const first = await reader.read(view);
  assert.strictEqual(view.byteLength, 0);  // Detached.
  assert.deepStrictEqual([...first.value], [1, 2, 3]);
  const second = await reader.read(new Uint16Array(4));
  assert.ok(second.value instanceof Uint16Array);
  assert.strictEqual(second.value.length, 1);
  assert.strictEqual(second.done, false);
  const third = await reader.read(new Uint8Array(1));
  assert.strictEqual(third.done, true);
})().then(common.mustCall());

(async () => {
  // pull() answers through byobRequest; a Buffer read gives a Buffer.
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const request = c.byobRequest;
      if (n++ === 2) {
        c.close();
        request.respond(0);
        return;
      }
      request.view[0] = n;
      request.respond(1);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const got = [];
  for (;;) {
    const { value, done } = await reader.read(Buffer.alloc(4));
    if (done) break;
    assert.ok(Buffer.isBuffer(value));
    got.push(...value);
  }
  assert.deepStrictEqual(got, [1, 2]);
})().then(common.mustCall());

(async () => {
  // autoAllocateChunkSize gives a default reader a byobRequest too.
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull: common.mustCall((c) => {
      assert.strictEqual(c.byobRequest.view.byteLength, 8);
      c.byobRequest.view.set([7, 8]);
      c.byobRequest.respond(2);
      c.close();
    }),
  });
  const { value } = await rs.getReader().read();
  assert.deepStrictEqual([...value], [7, 8]);
})().then(common.mustCall());

(async () => {
  // tee() of a byte stream gives two byte streams with copies.
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([9])); c.close(); },
  });
  const [a, b] = rs.tee();
  assert.match(inspect(a), /supportsBYOB: true/);
  const ra = await a.getReader().read();
  const rb = await b.getReader({ mode: 'byob' }).read(new Uint8Array(2));
  assert.deepStrictEqual([...ra.value], [9]);
  assert.deepStrictEqual([...rb.value], [9]);
  assert.notStrictEqual(ra.value.buffer, rb.value.buffer);
})().then(common.mustCall());

(async () => {
  const blob = new Blob(['hello ', 'world']);
  const chunks = [];
  for await (const chunk of blob.stream()) chunks.push(Buffer.from(chunk));
  assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
})().then(common.mustCall());

{
  // Coded errors.
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() {} }),
                { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
  new ReadableStream({
    type: 'bytes',
    start(c) {
      assert.throws(() => c.enqueue('x'), { code: 'ERR_INVALID_ARG_TYPE' });
      assert.throws(() => c.enqueue(new Uint8Array(0)), { code: 'ERR_INVALID_STATE' });
      assert.strictEqual(c.byobRequest, null);
      c.close();
      assert.throws(() => c.close(), { code: 'ERR_INVALID_STATE' });
    },
  });
  const reader = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  assert.rejects(reader.read(new Uint8Array(0)), { code: 'ERR_INVALID_STATE' })
    .then(common.mustCall());
  assert.rejects(reader.read('x'), { code: 'ERR_INVALID_ARG_TYPE' })
    .then(common.mustCall());
}
