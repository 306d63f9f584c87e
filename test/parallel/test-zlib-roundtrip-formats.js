'use strict';
// Every format round-trips through every form: Sync, callback, promisify and
// streams, from strings, Buffers, other views and ArrayBuffers.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');
const { pipeline, Readable, Writable } = require('stream');

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2000) +
  'x'.repeat(70000);
const input = Buffer.from(text);

const pairs = [
  ['deflate', 'inflate', 'Deflate', 'Inflate'],
  ['gzip', 'gunzip', 'Gzip', 'Gunzip'],
  ['deflateRaw', 'inflateRaw', 'DeflateRaw', 'InflateRaw'],
  ['gzip', 'unzip', 'Gzip', 'Unzip'],
  ['deflate', 'unzip', 'Deflate', 'Unzip'],
  ['brotliCompress', 'brotliDecompress', 'BrotliCompress', 'BrotliDecompress'],
];

for (const [comp, decomp, Comp, Decomp] of pairs) {
  // Sync, from every kind of source.
  const compressed = zlib[`${comp}Sync`](input);
  assert.ok(compressed.length < input.length / 10, comp);
  assert.deepStrictEqual(zlib[`${decomp}Sync`](compressed), input);
  assert.strictEqual(zlib[`${decomp}Sync`](zlib[`${comp}Sync`](text)).toString(),
                     text);
  const u16 = new Uint16Array(input.buffer, input.byteOffset, input.length / 2);
  assert.deepStrictEqual(zlib[`${decomp}Sync`](zlib[`${comp}Sync`](u16)), input);
  const view = new DataView(compressed.buffer, compressed.byteOffset,
                            compressed.length);
  assert.deepStrictEqual(zlib[`${decomp}Sync`](view), input);
  const ab = new Uint8Array(compressed).buffer;
  assert.deepStrictEqual(zlib[`${decomp}Sync`](ab), input);

  // Callback form, with and without options.
  zlib[comp](input, common.mustSucceed((c) => {
    zlib[decomp](c, { chunkSize: 1024 }, common.mustSucceed((out) => {
      assert.deepStrictEqual(out, input);
    }));
  }));

  // Promisified.
  util.promisify(zlib[comp])(u16).then(common.mustCall((c) => {
    return util.promisify(zlib[decomp])(c);
  })).then(common.mustCall((out) => {
    assert.deepStrictEqual(out, input);
  }));

  // Streams, in 1000-byte writes, through the class and the factory.
  const chunks = [];
  for (let i = 0; i < input.length; i += 1000) {
    chunks.push(input.subarray(i, i + 1000));
  }
  const received = [];
  pipeline(
    Readable.from(chunks),
    new zlib[Comp](),
    zlib[`create${Decomp}`](),
    new Writable({
      write(chunk, enc, cb) { received.push(chunk); cb(); },
    }),
    common.mustSucceed(() => {
      assert.deepStrictEqual(Buffer.concat(received), input);
    }));
}

// Empty input round-trips to empty output.
for (const [comp, decomp] of pairs) {
  assert.strictEqual(zlib[`${decomp}Sync`](zlib[`${comp}Sync`]('')).length, 0);
}

// Options that change the compressed bytes still round-trip.
for (let level = -1; level <= 9; level++) {
  for (const strategy of [0, 1, 2, 3, 4]) {
    const c = zlib.deflateSync(input, { level, strategy, memLevel: 9 });
    assert.deepStrictEqual(zlib.inflateSync(c), input);
  }
}
for (let windowBits = 8; windowBits <= 15; windowBits++) {
  const raw = zlib.deflateRawSync(input, { windowBits });
  assert.deepStrictEqual(zlib.inflateRawSync(raw, { windowBits: 15 }), input);
  const z = zlib.deflateSync(input, { windowBits, memLevel: 1 });
  // windowBits 0: take the size from the header.
  assert.deepStrictEqual(zlib.inflateSync(z, { windowBits: 0 }), input);
  if (windowBits > 8) {
    const g = zlib.gzipSync(input, { windowBits });
    assert.deepStrictEqual(zlib.gunzipSync(g), input);
  }
}
// Level 0 stores: the output is bigger than the input.
assert.ok(zlib.deflateSync(input, { level: 0 }).length > input.length);

// The class constructors work without `new` and inherit from Transform.
for (const [, , Comp, Decomp] of pairs) {
  assert.ok(zlib[Comp]() instanceof zlib[Comp]);
  assert.ok(zlib[Decomp]() instanceof require('stream').Transform);
}
