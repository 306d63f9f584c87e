'use strict';

// WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController (stream/web), following the WHATWG
// Streams standard. A write request is any object with resolve() and
// reject(reason): public write() passes a Deferred, pipeTo one shared
// object of its own, so piping costs no promise per chunk.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: {
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
const kControllerErrorFunction =
  SymbolFor('nodejs.webstream.controllerErrorFunction');

// Marks the close request in the controller's queue.
const kCloseSentinel = { __proto__: null };

let AbortController;

class WritableStreamState {
  constructor() {
    this.state = 'writable';
    this.storedError = undefined;
    this.writer = undefined;
    this.controller = undefined;
    this.inFlightWriteRequest = undefined;
    this.closeRequest = undefined;
    this.inFlightCloseRequest = undefined;
    this.pendingAbortRequest = undefined;
    this.writeRequests = [];
    this.backpressure = false;
  }
}

// Transferable (postMessage, structuredClone with the stream listed): see
// internal/webstreams/transfer.
class WritableStream extends JSTransferable {
  constructor(sink = {}, strategy = {}) {
    super();
    if (sink === kInternal) {
      initWritableStream(this);
      return;
    }
    validateObject(sink, 'sink', kValidateObjectAllowObjectsAndNull);
    validateObject(strategy, 'strategy',
                   kValidateObjectAllowObjectsAndNull);
    const type = sink?.type;
    if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    }
    initWritableStream(this);
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    const controller = new WritableStreamDefaultController(kInternal);
    setupController(this, controller, sink ?? {}, sink?.start, sink?.write,
                    sink?.close, sink?.abort, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    }
    if (this[kState].writer !== undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    }
    if (this[kState].writer !== undefined) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (closeQueuedOrInFlight(this)) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }
}

const kTransferPorts = Symbol('kTransferPorts');

ObjectDefineProperties(WritableStream.prototype, {
  [kTransferList]: {
    __proto__: null, configurable: true, writable: true,
    value: function transferList() {
      const transfer = require('internal/webstreams/transfer');
      const ports = this[kTransferPorts] = transfer.newChannel();
      return [ports.port2];
    },
  },
  [kTransfer]: {
    __proto__: null, configurable: true, writable: true,
    value: function transfer() {
      if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
      const transfer = require('internal/webstreams/transfer');
      const { port1, port2 } = this[kTransferPorts];
      this[kTransferPorts] = undefined;
      if (isWritableStreamLocked(this)) {
        port1.close();
        port2.close();
        throw transfer.lockedError('WritableStream');
      }
      transfer.pipePortToWritable(this, port1);
      return {
        data: { port: port2 },
        deserializeInfo:
          'internal/webstreams/writablestream:TransferredWritableStream',
      };
    },
  },
  [kDeserialize]: {
    __proto__: null, configurable: true, writable: true,
    value: function deserialize({ port }) {
      const transfer = require('internal/webstreams/transfer');
      const sink = transfer.crossRealmSink(port, true);
      setupController(this, new WritableStreamDefaultController(kInternal),
                      sink, sink.start, sink.write, sink.close, sink.abort, 1,
                      extractSizeAlgorithm(undefined));
    },
  },
});

// The receiving side's new stream for a transferred one.
function TransferredWritableStream() {
  return new WritableStream(kInternal);
}
TransferredWritableStream.prototype = WritableStream.prototype;

function initWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = new WritableStreamState();
  const closed = new Deferred();
  setPromiseHandled(closed.promise);
  stream[kIsClosedPromise] = closed;
  stream[kControllerErrorFunction] = nop;
}

// A WritableStream over internal algorithms (TransformStream, adapters):
// `sink` has write(chunk, controller), close(), abort(reason) and optionally
// start(controller) methods, and is their `this`.
function createWritableStream(sink, highWaterMark = 1, size = undefined) {
  const stream = new WritableStream(kInternal);
  const controller = new WritableStreamDefaultController(kInternal);
  setupController(stream, controller, sink, sink.start, sink.write,
                  sink.close, sink.abort, highWaterMark,
                  size ?? extractSizeAlgorithm(undefined));
  return stream;
}

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function closeQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined ||
    state.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined ||
    state.inFlightCloseRequest !== undefined;
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return PromiseResolve();
  }
  controllerSignalAbort(state.controller, reason);
  if (state.state === 'closed' || state.state === 'errored') {
    return PromiseResolve();
  }
  if (state.pendingAbortRequest !== undefined) {
    return state.pendingAbortRequest.deferred.promise;
  }
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = new Deferred();
  state.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return PromiseReject(
      new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const deferred = new Deferred();
  state.closeRequest = deferred;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure &&
      state.state === 'writable') {
    writer[kState].ready.resolve();
  }
  const controller = state.controller;
  controller[kState].queue.push(kCloseSentinel, 0);
  advanceQueueIfNeeded(controller);
  return deferred.promise;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const state = stream[kState];
  state.state = 'erroring';
  state.storedError = reason;
  const writer = state.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) &&
      state.controller[kState].started) {
    finishErroring(stream);
  }
}

function finishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  const controller = state.controller;
  controller[kState].queue.reset();
  const error = state.storedError;
  const requests = state.writeRequests;
  state.writeRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].reject(error);
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(error);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const cs = controller[kState];
  const result = promiseCall(cs.abort, cs.sink, abortRequest.reason);
  controllerClearAlgorithms(controller);
  PromisePrototypeThen(result, () => {
    abortRequest.deferred.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.deferred.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  const error = state.storedError;
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(error);
    state.closeRequest = undefined;
  }
  stream[kIsClosedPromise].reject(error);
  const writer = state.writer;
  if (writer !== undefined) rejectedHandled(writer[kState].closed, error);
}

function finishInFlightWrite(stream) {
  const state = stream[kState];
  const request = state.inFlightWriteRequest;
  state.inFlightWriteRequest = undefined;
  request.resolve();
}

function finishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  const request = state.inFlightWriteRequest;
  state.inFlightWriteRequest = undefined;
  request.reject(error);
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  const state = stream[kState];
  const request = state.inFlightCloseRequest;
  state.inFlightCloseRequest = undefined;
  request.resolve();
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.deferred.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = state.writer;
  if (writer !== undefined) writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  const request = state.inFlightCloseRequest;
  state.inFlightCloseRequest = undefined;
  request.reject(error);
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.deferred.reject(error);
    state.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function updateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) {
      writer[kState].ready = new Deferred();
    } else {
      writer[kState].ready.resolve();
    }
  }
  state.backpressure = backpressure;
}

// --- WritableStreamDefaultWriter ---------------------------------------------

class WriterState {
  constructor(stream) {
    this.stream = stream;
    this.ready = new Deferred();
    this.closed = new Deferred();
  }
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    if (isWritableStreamLocked(stream)) {
      throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    }
    this[kType] = 'WritableStreamDefaultWriter';
    const state = new WriterState(stream);
    this[kState] = state;
    const streamState = stream[kState];
    streamState.writer = this;
    switch (streamState.state) {
      case 'writable':
        if (closeQueuedOrInFlight(stream) || !streamState.backpressure) {
          state.ready.resolve();
        }
        break;
      case 'erroring':
        rejectedHandled(state.ready, streamState.storedError);
        break;
      case 'closed':
        state.ready.resolve();
        state.closed.resolve();
        break;
      default:
        rejectedHandled(state.ready, streamState.storedError);
        rejectedHandled(state.closed, streamState.storedError);
    }
  }

  get closed() {
    if (!isWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    }
    if (this[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError(
        'Writer is not bound to a WritableStream');
    }
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'Writer is not bound to a WritableStream'));
    }
    if (closeQueuedOrInFlight(stream)) {
      return PromiseReject(
        new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    }
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'Writer is not bound to a WritableStream'));
    }
    const request = new Deferred();
    writerWrite(this, chunk, request);
    return request.promise;
  }
}

function isWriter(value) {
  return isBrand(value, 'WritableStreamDefaultWriter');
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  const cs = stream[kState].controller[kState];
  return cs.highWaterMark - cs.queue.totalSize;
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.ready.settled) state.ready = new Deferred();
  rejectedHandled(state.ready, error);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.closed.settled) state.closed = new Deferred();
  rejectedHandled(state.closed, error);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const error = new ERR_INVALID_STATE.TypeError('Writer was released');
  writerEnsureReadyPromiseRejected(writer, error);
  writerEnsureClosedPromiseRejected(writer, error);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

// WritableStreamDefaultWriterWrite: settles `request` when the sink is done
// with `chunk`.
function writerWrite(writer, chunk, request) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    request.reject(new ERR_INVALID_STATE.TypeError(
      'Writer is not bound to a WritableStream'));
    return;
  }
  const state = stream[kState];
  if (state.state === 'errored') {
    request.reject(state.storedError);
    return;
  }
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') {
    request.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
    return;
  }
  if (state.state === 'erroring') {
    request.reject(state.storedError);
    return;
  }
  ArrayPrototypePush(state.writeRequests, request);
  controllerWrite(controller, chunk, chunkSize);
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') {
    return PromiseResolve();
  }
  if (state.state === 'errored') return PromiseReject(state.storedError);
  return writableStreamClose(stream);
}

// --- WritableStreamDefaultController -------------------------------------------

class ControllerState {
  constructor(stream, sink, write, close, abort, highWaterMark, size) {
    this.stream = stream;
    this.queue = new ChunkQueue();
    this.started = false;
    this.highWaterMark = highWaterMark;
    this.size = size;
    this.sink = sink;
    this.write = write;
    this.close = close;
    this.abort = abort;
    this.abortController = undefined;
    this.abortReason = undefined;
    this.aborted = false;
    this.onWriteFulfilled = undefined;
    this.onWriteRejected = undefined;
  }
}

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
  }

  get signal() {
    if (!isController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    return controllerSignal(this);
  }

  error(error = undefined) {
    if (!isController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }
}

function isController(value) {
  return isBrand(value, 'WritableStreamDefaultController');
}

// The AbortSignal is made on first use: most sinks never look at it.
function controllerSignal(controller) {
  const state = controller[kState];
  if (state.abortController === undefined) {
    AbortController ??= require('internal/abort_controller').AbortController;
    state.abortController = new AbortController();
    if (state.aborted) state.abortController.abort(state.abortReason);
  }
  return state.abortController.signal;
}

function controllerSignalAbort(controller, reason) {
  const state = controller[kState];
  if (state.aborted) return;
  state.aborted = true;
  state.abortReason = reason;
  state.abortController?.abort(reason);
}

function setupController(stream, controller, sink, start, write, close, abort,
                         highWaterMark, size) {
  const state = new ControllerState(stream, sink, write, close, abort,
                                    highWaterMark, size);
  controller[kState] = state;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => {
    if (stream[kState].state === 'writable') controllerError(controller, error);
  };
  state.onWriteFulfilled = () => {
    finishInFlightWrite(stream);
    state.queue.shift();
    if (!closeQueuedOrInFlight(stream) &&
        stream[kState].state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    advanceQueueIfNeeded(controller);
  };
  state.onWriteRejected = (reason) => {
    if (stream[kState].state === 'writable') {
      controllerClearAlgorithms(controller);
    }
    finishInFlightWriteWithError(stream, reason);
  };
  updateBackpressure(stream, controllerGetBackpressure(controller));
  let startResult;
  if (start !== undefined) {
    startResult = FunctionPrototypeCall(start, sink, controller);
  }
  PromisePrototypeThen(PromiseResolve(startResult), () => {
    state.started = true;
    advanceQueueIfNeeded(controller);
  }, (reason) => {
    state.started = true;
    dealWithRejection(stream, reason);
  });
}

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.write = undefined;
  state.close = undefined;
  state.abort = undefined;
  state.size = undefined;
}

function controllerError(controller, error) {
  const stream = controller[kState].stream;
  controllerClearAlgorithms(controller);
  startErroring(stream, error);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    controllerError(controller, error);
  }
}

function controllerGetBackpressure(controller) {
  const state = controller[kState];
  return state.highWaterMark - state.queue.totalSize <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.size === undefined) return 1;
  try {
    return state.size(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  const size = +chunkSize;
  if (!(size >= 0) || size === Infinity) {
    controllerErrorIfNeeded(
      controller, new ERR_INVALID_ARG_VALUE.RangeError('size', chunkSize));
    return;
  }
  state.queue.push(chunk, size);
  const stream = state.stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  advanceQueueIfNeeded(controller);
}

function advanceQueueIfNeeded(controller) {
  const state = controller[kState];
  if (!state.started) return;
  const stream = state.stream;
  const streamState = stream[kState];
  if (streamState.inFlightWriteRequest !== undefined) return;
  if (streamState.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (state.queue.length === 0) return;
  const value = state.queue.peek();
  if (value === kCloseSentinel) {
    processClose(controller);
  } else {
    streamState.inFlightWriteRequest = ArrayPrototypeShift(
      streamState.writeRequests);
    PromisePrototypeThen(promiseCall(state.write, state.sink, value,
                                     controller),
                         state.onWriteFulfilled, state.onWriteRejected);
  }
}

function processClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightCloseRequest = streamState.closeRequest;
  streamState.closeRequest = undefined;
  state.queue.shift();
  const result = promiseCall(state.close, state.sink);
  controllerClearAlgorithms(controller);
  PromisePrototypeThen(result, () => finishInFlightClose(stream),
                       (reason) => finishInFlightCloseWithError(stream, reason));
}

// --- shape -----------------------------------------------------------------------

ObjectDefineProperties(WritableStream.prototype, {
  locked: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  getWriter: kEnumerableProperty,
});
ObjectDefineProperties(WritableStreamDefaultWriter.prototype, {
  closed: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  ready: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  write: kEnumerableProperty,
});
ObjectDefineProperties(WritableStreamDefaultController.prototype, {
  signal: kEnumerableProperty,
  error: kEnumerableProperty,
});
defineToStringTag(WritableStream);
defineToStringTag(WritableStreamDefaultWriter);
defineToStringTag(WritableStreamDefaultController);

defineInspect(WritableStream, isWritableStream, (stream) => ({
  locked: stream[kState].writer !== undefined,
  state: stream[kState].state,
}));
defineInspect(WritableStreamDefaultWriter, isWriter, (writer) => ({
  stream: writer[kState].stream,
  close: writer[kState].closed.promise,
  ready: writer[kState].ready.promise,
  desiredSize: writer[kState].stream === undefined ? undefined :
    writerGetDesiredSize(writer),
}));
defineInspect(WritableStreamDefaultController, isController, (controller) => ({
  stream: controller[kState].stream,
}));

module.exports = {
  TransferredWritableStream,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writableStreamClose,
  writerCloseWithErrorPropagation,
  writerGetDesiredSize,
  writerRelease,
  writerWrite,
};
