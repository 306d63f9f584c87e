'use strict';
// require('stream') is the legacy Stream class with node's statics, in
// node's order; the legacy _stream_* modules and stream/promises are the
// same objects.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const stream = require('stream');

assert.deepStrictEqual(Object.keys(stream), [
  'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable',
  'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'duplexPair',
  'pipeline', 'addAbortSignal', 'finished', 'destroy', 'compose',
  'setDefaultHighWaterMark', 'getDefaultHighWaterMark', 'promises', 'Stream',
  '_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer',
]);
assert.strictEqual(stream.Stream, stream);
assert.ok(new stream() instanceof EventEmitter);
assert.strictEqual(Object.getPrototypeOf(stream.Readable), stream);
assert.strictEqual(require('stream/promises'), stream.promises);
assert.deepStrictEqual(Object.keys(stream.promises), ['finished', 'pipeline']);
assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);

assert.strictEqual(stream._isUint8Array(new Uint8Array(1)), true);
assert.strictEqual(stream._isUint8Array(Buffer.alloc(1)), true);
assert.strictEqual(stream._isUint8Array(new Uint16Array(1)), false);
assert.strictEqual(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), true);
const buf = stream._uint8ArrayToBuffer(new Uint8Array([104, 105]));
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString(), 'hi');
