'use strict';

// ReadableStream, its readers and ReadableStreamDefaultController (stream/web),
// with the stream-level algorithms of the WHATWG Streams standard that the
// byte controller (readablebytestream.js), tee and pipeTo (readablepipe.js)
// share. A read request is any object with chunk(value), close() and
// error(reason) methods: public read() uses a small class around a promise,
// internal consumers (pipeTo, tee, adapters) pass themselves and so cost no
// promise per chunk.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  Symbol,
  SymbolAsyncIterator,
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const {
  validateObject,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const {
  ChunkQueue,
  Deferred,
  defineInspect,
  defineToStringTag,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrand,
  kInternal,
  kState,
  kType,
  nop,
  promiseCall,
  rejectedHandled,
  setPromiseHandled,
} = require('internal/webstreams/util');

const {
  JSTransferable,
  kDeserialize,
  kTransfer,
  kTransferList,
} = require('internal/worker/js_transferable');

const kIsClosedPromise = SymbolFor('nodejs.webstream.isClosedPromise');
// The channel made by [kTransferList] for the [kTransfer] that follows.
const kTransferPorts = Symbol('kTransferPorts');
const kControllerErrorFunction =
  SymbolFor('nodejs.webstream.controllerErrorFunction');
const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

let byteStream;
function lazyByteStream() {
  byteStream ??= require('internal/webstreams/readablebytestream');
  return byteStream;
}
let pipe;
function lazyPipe() {
  pipe ??= require('internal/webstreams/readablepipe');
  return pipe;
}

function iterResult(value, done) {
  return { value, done };
}

// --- ReadableStream -------------------------------------------------------

class ReadableStreamState {
  constructor() {
    this.state = 'readable';
    this.storedError = undefined;
    this.disturbed = false;
    this.reader = undefined;
    this.controller = undefined;
  }
}

// Transferable (postMessage, structuredClone with the stream listed): see
// internal/webstreams/transfer.
class ReadableStream extends JSTransferable {
  constructor(source = {}, strategy = {}) {
    super();
    if (source === kInternal) {
      initReadableStream(this);
      return;
    }
    validateObject(source, 'source', kValidateObjectAllowObjects);
    validateObject(strategy, 'strategy',
                   kValidateObjectAllowObjectsAndNull);
    initReadableStream(this);
    // The strategy is read before the source, as the standard orders it.
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      }
      lazyByteStream().setupByteControllerFromSource(
        this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) {
        throw new ERR_INVALID_ARG_VALUE('source.type', type);
      }
      setupDefaultControllerFromSource(
        this, source, extractHighWaterMark(highWaterMark, 1),
        extractSizeAlgorithm(size));
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return this[kState].reader !== undefined;
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    }
    if (this[kState].reader !== undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined) {
      validateObject(options, 'options', kValidateObjectAllowObjects);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') {
      throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    }
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return lazyPipe().pipeThrough(this, transform, options);
  }

  pipeTo(destination, options = {}) {
    if (!isReadableStream(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    }
    return lazyPipe().pipeTo(this, destination, options);
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return lazyPipe().readableStreamTee(this);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    return new ReadableStreamAsyncIterator(this, !!options?.preventCancel);
  }

  [SymbolAsyncIterator](options = {}) {
    return this.values(options);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [kTransferList]() {
    const transfer = require('internal/webstreams/transfer');
    const ports = this[kTransferPorts] = transfer.newChannel();
    return [ports.port2];
  }

  [kTransfer]() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const transfer = require('internal/webstreams/transfer');
    const { port1, port2 } = this[kTransferPorts];
    this[kTransferPorts] = undefined;
    if (this[kState].reader !== undefined) {
      port1.close();
      port2.close();
      throw transfer.lockedError('ReadableStream');
    }
    transfer.pipeReadableToPort(this, port1);
    return {
      data: { port: port2 },
      deserializeInfo:
        'internal/webstreams/readablestream:TransferredReadableStream',
    };
  }

  [kDeserialize]({ port }) {
    const transfer = require('internal/webstreams/transfer');
    const source = transfer.crossRealmSource(port, true);
    setupDefaultController(this, new ReadableStreamDefaultController(kInternal),
                           source, source.start, source.pull, source.cancel,
                           0, extractSizeAlgorithm(undefined));
  }
}

// The receiving side's new stream for a transferred one.
function TransferredReadableStream() {
  return new ReadableStream(kInternal);
}
TransferredReadableStream.prototype = ReadableStream.prototype;

function initReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = new ReadableStreamState();
  const closed = new Deferred();
  setPromiseHandled(closed.promise);
  stream[kIsClosedPromise] = closed;
  stream[kControllerErrorFunction] = nop;
}

// A ReadableStream driven by internal algorithms (tee, from, adapters,
// TransformStream): `source` has pull(controller) and cancel(reason)
// methods, and optionally start(controller), and is their `this`.
function createReadableStream(source, highWaterMark = 1, size = undefined) {
  const stream = new ReadableStream(kInternal);
  const controller = new ReadableStreamDefaultController(kInternal);
  setupDefaultController(stream, controller, source, source.start,
                         source.pull, source.cancel, highWaterMark,
                         size ?? extractSizeAlgorithm(undefined));
  return stream;
}

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return PromiseResolve();
  if (state.state === 'errored') return PromiseReject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && reader[kType] === 'ReadableStreamBYOBReader') {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].close(undefined);
  }
  return PromisePrototypeThen(state.controller[kCancelSteps](reason), nop);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (reader[kType] === 'ReadableStreamDefaultReader') {
    const requests = reader[kState].readRequests;
    if (requests.length === 0) return;
    reader[kState].readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  rejectedHandled(reader[kState].closed, error);
  if (reader[kType] === 'ReadableStreamDefaultReader') {
    readerErrorReadRequests(reader, error);
  } else {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].error(error);
  }
}

function readerErrorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = ArrayPrototypeShift(stream[kState].reader[kState].readRequests);
  if (done) {
    request.close();
  } else {
    request.chunk(chunk);
  }
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kType] === 'ReadableStreamDefaultReader';
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kType] === 'ReadableStreamBYOBReader';
}

// --- readers ----------------------------------------------------------------

class ReaderState {
  constructor() {
    this.stream = undefined;
    this.closed = new Deferred();
    this.readRequests = [];
    this.readIntoRequests = [];
  }
}

function readerGenericInitialize(reader, stream) {
  const state = new ReaderState();
  reader[kState] = state;
  state.stream = stream;
  stream[kState].reader = reader;
  const streamState = stream[kState].state;
  if (streamState === 'closed') {
    state.closed.resolve();
  } else if (streamState === 'errored') {
    rejectedHandled(state.closed, stream[kState].storedError);
  }
}

function readerGenericRelease(reader) {
  const state = reader[kState];
  const stream = state.stream;
  const error = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    rejectedHandled(state.closed, error);
  } else {
    state.closed = new Deferred();
    rejectedHandled(state.closed, error);
  }
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  state.stream = undefined;
  return error;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

// The read request behind a public read(): settles its promise.
class PromiseReadRequest {
  constructor() {
    this.deferred = new Deferred();
  }

  chunk(value) {
    this.deferred.resolve(iterResult(value, false));
  }

  close() {
    this.deferred.resolve(iterResult(undefined, true));
  }

  error(reason) {
    this.deferred.reject(reason);
  }
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (isReadableStreamLocked(stream)) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    this[kType] = 'ReadableStreamDefaultReader';
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'The reader is not attached to a stream'));
    }
    const state = stream[kState];
    state.disturbed = true;
    if (state.state === 'closed') {
      return PromiseResolve(iterResult(undefined, true));
    }
    if (state.state === 'errored') return PromiseReject(state.storedError);
    // A chunk already queued needs no pending request.
    const controller = state.controller;
    if (controller[kType] === 'ReadableStreamDefaultController' &&
        controller[kState].queue.length > 0) {
      return PromiseResolve(iterResult(defaultControllerTakeChunk(controller),
                                       false));
    }
    const request = new PromiseReadRequest();
    controller[kPullSteps](request);
    return request.deferred.promise;
  }

  releaseLock() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    }
    if (this[kState].stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }
}

function defaultReaderRelease(reader) {
  const error = readerGenericRelease(reader);
  readerErrorReadRequests(reader, error);
}

// ReadableStreamDefaultReaderRead with an internal read request.
function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') {
    request.close();
  } else if (state.state === 'errored') {
    request.error(state.storedError);
  } else {
    state.controller[kPullSteps](request);
  }
}

function addReadRequest(stream, request) {
  ArrayPrototypePush(stream[kState].reader[kState].readRequests, request);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (isReadableStreamLocked(stream)) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    if (stream[kState].controller[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_ARG_VALUE('stream', stream,
                                      'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    readerGenericInitialize(this, stream);
  }

  read(view, options = {}) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return lazyByteStream().byobReaderRead(this, view, options);
  }

  releaseLock() {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    }
    if (this[kState].stream === undefined) return;
    byobReaderRelease(this);
  }

  get closed() {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }
}

function byobReaderRelease(reader) {
  const error = readerGenericRelease(reader);
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

// --- ReadableStreamDefaultController -----------------------------------------

class DefaultControllerState {
  constructor(stream, source, pull, cancel, highWaterMark, size) {
    this.stream = stream;
    this.queue = new ChunkQueue();
    this.started = false;
    this.closeRequested = false;
    this.pullAgain = false;
    this.pulling = false;
    this.highWaterMark = highWaterMark;
    this.size = size;
    this.source = source;
    this.pull = pull;
    this.cancel = cancel;
    this.onPullFulfilled = undefined;
    this.onPullRejected = undefined;
  }
}

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
  }

  get desiredSize() {
    if (!isBrand(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    return defaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isBrand(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!defaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!defaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isBrand(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    defaultControllerError(this, error);
  }

  [kCancelSteps](reason) {
    const state = this[kState];
    state.queue.reset();
    const result = promiseCall(state.cancel, state.source, reason);
    defaultControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](request) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queue.length > 0) {
      request.chunk(defaultControllerTakeChunk(this));
      return;
    }
    addReadRequest(stream, request);
    defaultControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {}
}

// Dequeues a chunk and closes or pulls as the queue now requires.
function defaultControllerTakeChunk(controller) {
  const state = controller[kState];
  const chunk = state.queue.shift();
  if (state.closeRequested && state.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    defaultControllerCallPullIfNeeded(controller);
  }
  return chunk;
}

function setupDefaultControllerFromSource(stream, source, highWaterMark, size) {
  const controller = new ReadableStreamDefaultController(kInternal);
  setupDefaultController(stream, controller, source, source.start,
                         source.pull, source.cancel, highWaterMark, size);
}

function setupDefaultController(stream, controller, source, start, pull,
                                cancel, highWaterMark, size) {
  const state = new DefaultControllerState(stream, source, pull, cancel,
                                           highWaterMark, size);
  controller[kState] = state;
  state.onPullFulfilled = () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  };
  state.onPullRejected = (error) => defaultControllerError(controller, error);
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = state.onPullRejected;
  if (start === undefined) {
    // Internal sources start at once, but the first pull still waits for
    // a microtask, as it would after a start() returning undefined.
    PromisePrototypeThen(PromiseResolve(), () => {
      state.started = true;
      defaultControllerCallPullIfNeeded(controller);
    });
    return;
  }
  const startResult = FunctionPrototypeCall(start, source, controller);
  PromisePrototypeThen(PromiseResolve(startResult), () => {
    state.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, state.onPullRejected);
}

function defaultControllerCallPullIfNeeded(controller) {
  if (!defaultControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  PromisePrototypeThen(promiseCall(state.pull, state.source, controller),
                       state.onPullFulfilled, state.onPullRejected);
}

function defaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!defaultControllerCanCloseOrEnqueue(controller) || !state.started) {
    return false;
  }
  if (isReadableStreamLocked(stream) &&
      readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pull = undefined;
  state.cancel = undefined;
  state.size = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (state.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].reader !== undefined &&
      readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.size(chunk);
    } catch (error) {
      defaultControllerError(controller, error);
      throw error;
    }
    size = +size;
    if (!(size >= 0) || size === Infinity) {
      const error = new ERR_INVALID_ARG_VALUE.RangeError('size', size);
      defaultControllerError(controller, error);
      throw error;
    }
    state.queue.push(chunk, size);
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  state.queue.reset();
  defaultControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function defaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queue.totalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

// --- async iteration ------------------------------------------------------------

const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(
  async function* () {}).prototype);

// Reads for one next() call; settles the promise next() returned.
class IteratorReadRequest {
  constructor(iterator) {
    this.iterator = iterator;
    this.deferred = new Deferred();
  }

  chunk(value) {
    const it = this.iterator;
    if (it.pending === this.deferred.promise) it.pending = undefined;
    this.deferred.resolve(iterResult(value, false));
  }

  close() {
    const it = this.iterator;
    if (it.pending === this.deferred.promise) it.pending = undefined;
    it.finished = true;
    defaultReaderRelease(it.reader);
    this.deferred.resolve(iterResult(undefined, true));
  }

  error(reason) {
    const it = this.iterator;
    if (it.pending === this.deferred.promise) it.pending = undefined;
    it.finished = true;
    defaultReaderRelease(it.reader);
    this.deferred.reject(reason);
  }
}

class ReadableStreamAsyncIterator {
  constructor(stream, preventCancel) {
    this.reader = new ReadableStreamDefaultReader(stream);
    this.preventCancel = preventCancel;
    this.finished = false;
    // The promise of the read in flight; calls to next() queue behind it.
    this.pending = undefined;
  }

  next() {
    if (this.pending !== undefined) {
      const pending = PromisePrototypeThen(this.pending, () => this.nextSteps(),
                                           () => this.nextSteps());
      this.pending = pending;
      return pending;
    }
    return this.nextSteps();
  }

  nextSteps() {
    if (this.finished) return PromiseResolve(iterResult(undefined, true));
    const reader = this.reader;
    const stream = reader[kState].stream;
    const state = stream[kState];
    state.disturbed = true;
    const controller = state.controller;
    if (state.state === 'readable' &&
        controller[kType] === 'ReadableStreamDefaultController' &&
        controller[kState].queue.length > 0) {
      return PromiseResolve(iterResult(defaultControllerTakeChunk(controller),
                                       false));
    }
    const request = new IteratorReadRequest(this);
    const promise = request.deferred.promise;
    this.pending = promise;
    readableStreamDefaultReaderRead(reader, request);
    return promise;
  }

  return(value = undefined) {
    const run = () => {
      if (this.finished) return iterResult(value, true);
      this.finished = true;
      const reader = this.reader;
      if (this.preventCancel) {
        defaultReaderRelease(reader);
        return iterResult(value, true);
      }
      const result = readerGenericCancel(reader, value);
      defaultReaderRelease(reader);
      return PromisePrototypeThen(result, () => iterResult(value, true));
    };
    if (this.pending !== undefined) {
      const pending = PromisePrototypeThen(this.pending, run, run);
      this.pending = pending;
      return pending;
    }
    try {
      return PromiseResolve(run());
    } catch (error) {
      return PromiseReject(error);
    }
  }
}
ObjectSetPrototypeOf(ReadableStreamAsyncIterator.prototype,
                     AsyncIteratorPrototype);

// --- ReadableStream.from ----------------------------------------------------

class IterableSource {
  constructor(iterator, next) {
    this.iterator = iterator;
    this.nextMethod = next;
    this.controller = undefined;
  }

  pull(controller) {
    this.controller = controller;
    const result = FunctionPrototypeCall(this.nextMethod, this.iterator);
    return PromisePrototypeThen(PromiseResolve(result), (step) => {
      if (step === null || typeof step !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.next() method must ' +
          'fulfill with an object');
      }
      if (step.done) {
        defaultControllerClose(controller);
      } else {
        defaultControllerEnqueue(controller, step.value);
      }
    });
  }

  cancel(reason) {
    const iterator = this.iterator;
    const returnMethod = iterator.return;
    if (returnMethod == null) return PromiseResolve();
    const result = FunctionPrototypeCall(returnMethod, iterator, reason);
    return PromisePrototypeThen(PromiseResolve(result), (step) => {
      if (step === null || typeof step !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must ' +
          'fulfill with an object');
      }
    });
  }
}

// A sync iterator seen as an async one: each value is awaited.
class SyncToAsyncIterator {
  constructor(iterator, next) {
    this.iterator = iterator;
    this.nextMethod = next;
  }

  next() {
    const step = FunctionPrototypeCall(this.nextMethod, this.iterator);
    if (step === null || typeof step !== 'object') return step;
    const done = step.done;
    return PromisePrototypeThen(PromiseResolve(step.value),
                                (value) => iterResult(value, !!done));
  }

  return(reason) {
    const method = this.iterator.return;
    if (method == null) return iterResult(reason, true);
    return FunctionPrototypeCall(method, this.iterator, reason);
  }
}

function readableStreamFromIterable(iterable) {
  let iterator;
  let next;
  const asyncMethod = iterable?.[SymbolAsyncIterator];
  if (asyncMethod != null) {
    iterator = FunctionPrototypeCall(asyncMethod, iterable);
  } else {
    const syncMethod = iterable?.[primordials.SymbolIterator];
    if (typeof syncMethod !== 'function') {
      throw new ERR_ARG_NOT_ITERABLE(iterable);
    }
    const syncIterator = FunctionPrototypeCall(syncMethod, iterable);
    if (syncIterator === null || typeof syncIterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError(
        'The iterator method must return an object');
    }
    iterator = new SyncToAsyncIterator(syncIterator, syncIterator.next);
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError(
      'The iterator method must return an object');
  }
  next = iterator.next;
  if (iterator instanceof SyncToAsyncIterator) {
    next = SyncToAsyncIterator.prototype.next;
  }
  return createReadableStream(new IterableSource(iterator, next), 0);
}

// --- shape -------------------------------------------------------------------

ObjectDefineProperties(ReadableStream.prototype, {
  [SymbolAsyncIterator]: {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: ReadableStream.prototype.values,
  },
  locked: kEnumerableProperty,
  cancel: kEnumerableProperty,
  getReader: kEnumerableProperty,
  pipeThrough: kEnumerableProperty,
  pipeTo: kEnumerableProperty,
  tee: kEnumerableProperty,
  values: kEnumerableProperty,
});
for (const Reader of [ReadableStreamDefaultReader, ReadableStreamBYOBReader]) {
  ObjectDefineProperties(Reader.prototype, {
    closed: kEnumerableProperty,
    read: kEnumerableProperty,
    releaseLock: kEnumerableProperty,
    cancel: kEnumerableProperty,
  });
}
ObjectDefineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
});

for (const Class of [ReadableStream, ReadableStreamDefaultReader,
  ReadableStreamBYOBReader, ReadableStreamDefaultController]) {
  defineToStringTag(Class);
}

defineInspect(ReadableStream, isReadableStream, (stream) => ({
  locked: stream.locked,
  state: stream[kState].state,
  supportsBYOB:
    stream[kState].controller?.[kType] === 'ReadableByteStreamController',
}));
defineInspect(ReadableStreamDefaultReader,
              (obj) => isBrand(obj, 'ReadableStreamDefaultReader'),
              (reader) => ({
                stream: reader[kState].stream,
                readRequests: reader[kState].readRequests.length,
                close: reader[kState].closed.promise,
              }));
defineInspect(ReadableStreamBYOBReader,
              (obj) => isBrand(obj, 'ReadableStreamBYOBReader'),
              (reader) => ({
                stream: reader[kState].stream,
                readIntoRequests: reader[kState].readIntoRequests.length,
                close: reader[kState].closed.promise,
              }));
defineInspect(ReadableStreamDefaultController,
              (obj) => isBrand(obj, 'ReadableStreamDefaultController'),
              () => ({}));

module.exports = {
  ReadableStream,
  TransferredReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamDefaultController,
  ReadableStreamAsyncIterator,
  addReadRequest,
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
  defaultReaderRelease,
  byobReaderRelease,
  isReadableStream,
  isReadableStreamLocked,
  kCancelSteps,
  kControllerErrorFunction,
  kInternal,
  kIsClosedPromise,
  kPullSteps,
  kReleaseSteps,
  readableStreamCancel,
  readableStreamClose,
  readableStreamDefaultReaderRead,
  readableStreamError,
  readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests,
  readableStreamHasBYOBReader,
  readableStreamHasDefaultReader,
  readerGenericInitialize,
  iterResult,
};
