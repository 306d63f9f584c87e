'use strict';

// Bridges between node streams and web streams: Readable.fromWeb/toWeb,
// Writable.fromWeb/toWeb, Duplex.fromWeb/toWeb (lib/internal/streams/*),
// used by CompressionStream too. The node side reads with an internal read
// request and writes with an internal write request, so a chunk crossing
// the bridge costs no extra promise.

const {
  PromisePrototypeThen,
  PromiseResolve,
  SafePromiseAll,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const {
  isDestroyed,
  isReadable,
  isReadableNodeStream,
  isWritable,
  isWritableEnded,
  isWritableNodeStream,
} = require('internal/streams/utils');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const {
  Deferred,
  enqueueMicrotaskOnce,
  kState,
  nop,
} = require('internal/webstreams/util');
const {
  ReadableStream,
  ReadableStreamDefaultReader,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  isReadableStream,
  readableStreamDefaultReaderRead,
} = require('internal/webstreams/readablestream');
const {
  WritableStream,
  WritableStreamDefaultWriter,
  controllerErrorIfNeeded,
  isWritableStream,
  writableStreamAbort,
  writableStreamClose,
  writerWrite,
} = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } =
  require('internal/webstreams/queuingstrategies');

let Buffer;
let Readable;
let Writable;
let Duplex;
let encoder;

function lazyStreams() {
  Readable ??= require('internal/streams/readable');
  Writable ??= require('internal/streams/writable');
  Duplex ??= require('internal/streams/duplex');
  Buffer ??= require('buffer').Buffer;
}

function prematureToAbort(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return new AbortError(undefined, { cause: error });
  }
  return error;
}

function strategyFor(objectMode, highWaterMark) {
  return objectMode ? new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark };
}

// --- node Readable -> ReadableStream -------------------------------------------

// The source of a ReadableStream fed by a node Readable's 'data' events.
class NodeReadableSource {
  constructor(readable) {
    this.readable = readable;
    this.controller = undefined;
    this.objectMode = readable.readableObjectMode;
    this.cleanup = nop;
    this.onData = (chunk) => this.data(chunk);
  }

  start(controller) {
    this.controller = controller;
    const readable = this.readable;
    readable.pause();
    this.cleanup = eos(readable, (error) => this.finished(error));
    readable.on('data', this.onData);
  }

  data(chunk) {
    // A pooled Buffer is copied so that the reader owns its bytes.
    if (!this.objectMode && Buffer.isBuffer(chunk)) {
      chunk = new Uint8Array(chunk);
    }
    const controller = this.controller;
    defaultControllerEnqueue(controller, chunk);
    if (defaultControllerGetDesiredSize(controller) <= 0) this.readable.pause();
  }

  finished(error) {
    this.cleanup();
    this.readable.removeListener('data', this.onData);
    // Late 'error' events of legacy streams are ignored from here on.
    this.readable.on('error', nop);
    const controller = this.controller;
    if (controller[kState].stream[kState].state !== 'readable') return;
    error = prematureToAbort(error);
    if (error) {
      defaultControllerError(controller, error);
    } else {
      defaultControllerClose(controller);
    }
  }

  pull() {
    this.readable.resume();
  }

  cancel(reason) {
    destroyer(this.readable, reason);
  }
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  lazyStreams();
  if (!isReadableNodeStream(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable',
                                   streamReadable);
  }
  validateObject(options, 'options');
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ?? strategyFor(objectMode, highWaterMark);
  return new ReadableStream(new NodeReadableSource(streamReadable), strategy);
}

// --- ReadableStream -> node Readable -------------------------------------------

// Read request of a node Readable that reads from a web stream.
class ReadIntoNodeStream {
  constructor(readable) {
    this.readable = readable;
  }

  chunk(value) {
    this.readable.push(value);
  }

  close() {
    this.readable.push(null);
  }

  error(reason) {
    destroyer(this.readable, reason);
  }
}

function readOptions(options) {
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined) {
    Buffer ??= require('buffer').Buffer;
    if (!Buffer.isEncoding(encoding)) {
      throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
    }
  }
  validateBoolean(objectMode, 'options.objectMode');
  return { highWaterMark, encoding, objectMode, signal };
}

function callbackSafely(stream, callback, error) {
  try {
    callback(error);
  } catch (callbackError) {
    process.nextTick(() => { throw callbackError; });
  }
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  lazyStreams();
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream',
                                   readableStream);
  }
  const { highWaterMark, encoding, objectMode, signal } = readOptions(options);
  const reader = new ReadableStreamDefaultReader(readableStream);
  let closed = false;
  let request;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      request ??= new ReadIntoNodeStream(readable);
      readableStreamDefaultReaderRead(reader, request);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(readable, callback, error);
      if (!closed) {
        PromisePrototypeThen(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });
  PromisePrototypeThen(reader[kState].closed.promise, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });
  return readable;
}

// --- node Writable -> WritableStream -------------------------------------------

class NodeWritableSink {
  constructor(writable) {
    this.writable = writable;
    this.controller = undefined;
    this.backpressure = undefined;
    this.closed = undefined;
    this.cleanup = nop;
    this.onDrain = () => {
      const waiting = this.backpressure;
      this.backpressure = undefined;
      waiting?.resolve();
    };
  }

  start(controller) {
    this.controller = controller;
    this.cleanup = eos(this.writable, (error) => this.finished(error));
    this.writable.on('drain', this.onDrain);
  }

  finished(error) {
    error = prematureToAbort(error);
    this.cleanup();
    this.writable.removeListener('drain', this.onDrain);
    this.writable.on('error', nop);
    if (error != null) {
      const waiting = this.backpressure;
      this.backpressure = undefined;
      waiting?.reject(error);
      if (this.closed !== undefined) {
        this.closed.reject(error);
        this.closed = undefined;
      }
      controllerErrorIfNeeded(this.controller, error);
      return;
    }
    if (this.closed !== undefined) {
      this.closed.resolve();
      this.closed = undefined;
      return;
    }
    controllerErrorIfNeeded(this.controller, new AbortError());
  }

  write(chunk) {
    const writable = this.writable;
    if (writable.writableNeedDrain || !writable.write(chunk)) {
      this.backpressure = new Deferred();
      return this.backpressure.promise;
    }
  }

  abort(reason) {
    destroyer(this.writable, reason);
  }

  close() {
    if (this.closed === undefined && !isWritableEnded(this.writable)) {
      this.closed = new Deferred();
      this.writable.end();
      return this.closed.promise;
    }
    return PromiseResolve();
  }
}

function newWritableStreamFromStreamWritable(streamWritable) {
  lazyStreams();
  if (!isWritableNodeStream(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable',
                                   streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  return new WritableStream(
    new NodeWritableSink(streamWritable),
    strategyFor(streamWritable.writableObjectMode,
                streamWritable.writableHighWaterMark));
}

// --- WritableStream -> node Writable -------------------------------------------

// Write request settling a node write callback. The writable settles it
// in the middle of its own bookkeeping, so the callback runs in a
// microtask, as it would after a promise.
class WriteCallback {
  constructor(stream, callback) {
    this.stream = stream;
    this.callback = callback;
    this.error = undefined;
    this.run = () => this.settle(this.error);
  }

  resolve() {
    enqueueMicrotaskOnce(this.run);
  }

  reject(error) {
    this.error = error;
    enqueueMicrotaskOnce(this.run);
  }

  settle(error) {
    try {
      this.callback(error);
    } catch (callbackError) {
      destroyer(this.stream, callbackError);
    }
  }
}

function writeOptions(options) {
  validateObject(options, 'options');
  const {
    highWaterMark,
    decodeStrings = true,
    objectMode = false,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  return { highWaterMark, decodeStrings, objectMode, signal };
}

function toBytes(chunk, encoding) {
  if (normalizeEncoding(encoding) === 'utf8') {
    encoder ??= new (require('internal/encoding').TextEncoder)();
    return encoder.encode(chunk);
  }
  const buffer = Buffer.from(chunk, encoding);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// _write and _writev of a node stream writing into `writer`.
function webWriteMethods(stream, writer, decodeStrings, objectMode) {
  function write(chunk, encoding, callback) {
    if (typeof chunk === 'string' && decodeStrings && !objectMode) {
      chunk = toBytes(chunk, encoding);
    }
    const request = new WriteCallback(stream(), callback);
    PromisePrototypeThen(writer[kState].ready.promise, () => {
      writerWrite(writer, chunk, request);
    }, (error) => request.reject(error));
  }
  function writev(chunks, callback) {
    const request = new WriteCallback(stream(), callback);
    PromisePrototypeThen(writer[kState].ready.promise, () => {
      const writes = [];
      for (let i = 0; i < chunks.length; i++) {
        const deferred = new Deferred();
        writerWrite(writer, chunks[i].chunk, deferred);
        writes.push(deferred.promise);
      }
      PromisePrototypeThen(SafePromiseAll(writes), () => request.resolve(),
                           (error) => request.reject(error));
    }, (error) => request.reject(error));
  }
  return { write, writev };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  lazyStreams();
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream',
                                   writableStream);
  }
  const { highWaterMark, decodeStrings, objectMode, signal } =
    writeOptions(options);
  const writer = new WritableStreamDefaultWriter(writableStream);
  let closed = false;
  const { write, writev } =
    webWriteMethods(() => writable, writer, decodeStrings, objectMode);
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write,
    writev,
    destroy(error, callback) {
      const done = () => callbackSafely(writable, callback, error);
      if (!closed) {
        const stream = writer[kState].stream;
        const promise = error != null ? writableStreamAbort(stream, error) :
          writableStreamClose(stream);
        PromisePrototypeThen(promise, done, done);
        return;
      }
      done();
    },
    final(callback) {
      const request = new WriteCallback(writable, callback);
      if (!closed) {
        PromisePrototypeThen(writer.close(), () => request.resolve(),
                             (error) => request.reject(error));
      }
    },
  });
  PromisePrototypeThen(writer[kState].closed.promise, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });
  return writable;
}

// --- Duplex <-> pair -----------------------------------------------------------------

function newReadableWritablePairFromDuplex(duplex) {
  lazyStreams();
  if (!isWritableNodeStream(duplex) || !isReadableNodeStream(duplex)) {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  lazyStreams();
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream',
                                   readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream',
                                   writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, encoding } = options;
  const { highWaterMark, objectMode, signal } = readOptions(options);
  const { decodeStrings } = writeOptions(options);
  const writer = new WritableStreamDefaultWriter(writableStream);
  const reader = new ReadableStreamDefaultReader(readableStream);
  let writableClosed = false;
  let readableClosed = false;
  let request;
  const { write, writev } =
    webWriteMethods(() => duplex, writer, decodeStrings, objectMode);
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write,
    writev,
    final(callback) {
      const done = new WriteCallback(duplex, callback);
      if (!writableClosed) {
        PromisePrototypeThen(writer.close(), () => done.resolve(),
                             (error) => done.reject(error));
      }
    },
    read() {
      request ??= new ReadIntoNodeStream(duplex);
      readableStreamDefaultReaderRead(reader, request);
    },
    destroy(error, callback) {
      const done = () => callbackSafely(duplex, callback, error);
      if (!writableClosed || !readableClosed) {
        const closing = [];
        if (!writableClosed) closing.push(writer.abort(error));
        if (!readableClosed) closing.push(reader.cancel(error));
        PromisePrototypeThen(SafePromiseAll(closing), done, done);
        return;
      }
      done();
    },
  });
  PromisePrototypeThen(writer[kState].closed.promise, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) {
      destroyer(duplex, new ERR_STREAM_PREMATURE_CLOSE());
    }
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  PromisePrototypeThen(reader[kState].closed.promise, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });
  return duplex;
}

// A byte stream of a Blob's bytes, in chunks of at most 64 KiB: a BYOB
// read is filled in place, a default read gets a copy.
class BlobSource {
  constructor(bytes) {
    this.bytes = bytes;
    this.offset = 0;
  }

  pull(controller) {
    const bytes = this.bytes;
    const remaining = bytes.length - this.offset;
    if (remaining > 0) {
      const request = byteStream.byteControllerGetBYOBRequest(controller);
      if (request !== null) {
        const view = request[kState].view;
        const count = remaining < view.byteLength ? remaining : view.byteLength;
        TypedArrayPrototypeSet(view, TypedArrayPrototypeSubarray(
          bytes, this.offset, this.offset + count));
        this.offset += count;
        byteStream.byteControllerRespond(controller, count);
      } else {
        const count = remaining < 65536 ? remaining : 65536;
        byteStream.byteControllerEnqueue(controller, TypedArrayPrototypeSlice(
          bytes, this.offset, this.offset + count));
        this.offset += count;
      }
    }
    if (this.offset >= bytes.length) {
      byteStream.byteControllerClose(controller);
      const request = byteStream.byteControllerGetBYOBRequest(controller);
      if (request !== null) byteStream.byteControllerRespond(controller, 0);
    }
  }

  cancel() {
    this.offset = this.bytes.length;
  }
}

let byteStream;
function readableStreamFromBytes(bytes) {
  byteStream ??= require('internal/webstreams/readablebytestream');
  return byteStream.createReadableByteStream(new BlobSource(bytes), 0);
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  readableStreamFromBytes,
};
