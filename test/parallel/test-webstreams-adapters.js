'use strict';
// Bridges between node streams and web streams (Readable/Writable/Duplex
// fromWeb and toWeb), stream.pipeline and finished with web streams,
// stream/consumers, the encoding and compression streams and the globals.

const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough, pipeline, finished } =
  require('stream');
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const web = require('stream/web');
const { ReadableStream, WritableStream, TransformStream } = web;

(async () => {
  // Readable.toWeb copies Buffers into Uint8Arrays.
  const rs = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('c')],
                                          { objectMode: false }));
  const chunks = [];
  for await (const chunk of rs) chunks.push(chunk);
  assert.ok(chunks.every((c) => !Buffer.isBuffer(c) && c instanceof Uint8Array));
  assert.strictEqual(Buffer.concat(chunks).toString(), 'abc');
})().then(common.mustCall());

(async () => {
  // Readable.fromWeb with an encoding.
  const readable = Readable.fromWeb(
    ReadableStream.from([new TextEncoder().encode('hé')]), { encoding: 'utf8' });
  let s = '';
  for await (const chunk of readable) s += chunk;
  assert.strictEqual(s, 'hé');
  assert.throws(() => Readable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), { encoding: 'x' }),
                { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());

(async () => {
  // Writable.toWeb and Writable.fromWeb.
  const got = [];
  const sink = new Writable({
    write(chunk, encoding, callback) { got.push(chunk.toString()); callback(); },
  });
  const writer = Writable.toWeb(sink).getWriter();
  await writer.write(new TextEncoder().encode('x'));
  await writer.close();
  assert.deepStrictEqual(got, ['x']);

  const out = [];
  const writable = Writable.fromWeb(new WritableStream({
    write(chunk) { out.push(new TextDecoder().decode(chunk)); },
  }));
  writable.write('one');
  writable.end('two');
  await new Promise((resolve) => writable.on('finish', resolve));
  assert.deepStrictEqual(out, ['one', 'two']);
  assert.throws(() => Writable.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

(async () => {
  // Duplex.toWeb and Duplex.fromWeb around a pass-through.
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const writer = writable.getWriter();
  writer.write(new Uint8Array([1, 2]));
  writer.close();
  const bytes = [];
  for await (const chunk of readable) bytes.push(...chunk);
  assert.deepStrictEqual(bytes, [1, 2]);

  const duplex = Duplex.fromWeb(new TransformStream(), { objectMode: true });
  duplex.end('z');
  const values = [];
  for await (const value of duplex) values.push(value);
  assert.deepStrictEqual(values, ['z']);
})().then(common.mustCall());

{
  // pipeline from a node stream through a TransformStream into a
  // WritableStream; finished() on a web stream.
  const out = [];
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); },
  });
  pipeline(Readable.from(['a', 'b']), upper,
           new WritableStream({ write(chunk) { out.push(chunk); } }),
           common.mustSucceed(() => assert.deepStrictEqual(out, ['A', 'B'])));
  const rs = new ReadableStream({ start(c) { c.close(); } });
  finished(rs, common.mustSucceed());
}

(async () => {
  // stream/consumers on web and node streams.
  assert.strictEqual(await text(ReadableStream.from(['a', 'b'])), 'ab');
  assert.deepStrictEqual(await json(Readable.from(['{"a":', '1}'])), { a: 1 });
  assert.deepStrictEqual(await buffer(ReadableStream.from([new Uint8Array([1])])),
                         Buffer.from([1]));
  assert.strictEqual((await arrayBuffer(Readable.from([Buffer.from('xy')]))).byteLength, 2);
  assert.strictEqual((await blob(ReadableStream.from(['abc']))).size, 3);
})().then(common.mustCall());

(async () => {
  // Encoding streams, with a surrogate pair split across chunks.
  const encoded = ReadableStream.from(['\ud83d', '\ude00', 'a'])
    .pipeThrough(new web.TextEncoderStream());
  const decoded = encoded.pipeThrough(new web.TextDecoderStream());
  assert.strictEqual(await text(decoded), '\ud83d\ude00a');
  const data = 'compress me '.repeat(100);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const round = ReadableStream.from([new TextEncoder().encode(data)])
      .pipeThrough(new web.CompressionStream(format))
      .pipeThrough(new web.DecompressionStream(format));
    assert.strictEqual(await text(round), data);
  }
  assert.throws(() => new web.CompressionStream('zip'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new web.DecompressionStream(), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());

{
  // Every stream/web export is a global, a lazy one not listed in keys.
  for (const name of Object.keys(web)) {
    assert.strictEqual(globalThis[name], web[name]);
    assert.strictEqual(Object.keys(globalThis).includes(name), false);
  }
  assert.deepStrictEqual(Object.keys(web), [
    'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
    'ReadableStreamDefaultController', 'TransformStream',
    'TransformStreamDefaultController', 'WritableStream',
    'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
    'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
  ]);
  const strategy = new web.ByteLengthQueuingStrategy({ highWaterMark: 4 });
  assert.strictEqual(strategy.size(new Uint8Array(3)), 3);
  assert.strictEqual(new web.CountQueuingStrategy({ highWaterMark: 4 }).size(), 1);
  assert.throws(() => new web.CountQueuingStrategy({}), { code: 'ERR_MISSING_OPTION' });
}
