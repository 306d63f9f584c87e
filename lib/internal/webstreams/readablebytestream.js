'use strict';

// Readable byte streams (stream/web): ReadableByteStreamController,
// ReadableStreamBYOBRequest and the BYOB reader's read(), following the
// WHATWG Streams standard. Chunks are kept as {buffer, byteOffset,
// byteLength} entries of buffers this controller owns (transferred from the
// producer); pending BYOB reads are pull-into descriptors.

const {
  ArrayBuffer,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeSlice,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  DataView,
  FunctionPrototypeCall,
  MathMin,
  NumberIsInteger,
  ObjectDefineProperties,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const { validateInteger } = require('internal/validators');
const { isDataView } = require('internal/util/types');
const {
  Deferred,
  copyBytes,
  defineInspect,
  defineToStringTag,
  isArrayBufferView,
  isBrand,
  isDetached,
  kState,
  kType,
  promiseCall,
  transferArrayBuffer,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
} = require('internal/webstreams/util');
const {
  addReadRequest,
  iterResult,
  kCancelSteps,
  kControllerErrorFunction,
  kInternal,
  kPullSteps,
  kReleaseSteps,
  readableStreamClose,
  readableStreamError,
  readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests,
  readableStreamHasBYOBReader,
  readableStreamHasDefaultReader,
} = require('internal/webstreams/readablestream');

// The intrinsic constructor of a typed array, by its tag: a Buffer is read
// into as a Uint8Array.
const kViewConstructors = {
  __proto__: null,
  Int8Array: primordials.Int8Array,
  Uint8Array: primordials.Uint8Array,
  Uint8ClampedArray: primordials.Uint8ClampedArray,
  Int16Array: primordials.Int16Array,
  Uint16Array: primordials.Uint16Array,
  Int32Array: primordials.Int32Array,
  Uint32Array: primordials.Uint32Array,
  Float32Array: primordials.Float32Array,
  Float64Array: primordials.Float64Array,
  BigInt64Array: primordials.BigInt64Array,
  BigUint64Array: primordials.BigUint64Array,
};

// Stands for Buffer as the view constructor of a pull-into descriptor.
const kBufferView = { __proto__: null, BYTES_PER_ELEMENT: 1 };
let Buffer;

class PullIntoDescriptor {
  constructor(buffer, byteOffset, byteLength, minimumFill, elementSize,
              viewConstructor, readerType) {
    this.buffer = buffer;
    this.bufferByteLength = ArrayBufferPrototypeGetByteLength(buffer);
    this.byteOffset = byteOffset;
    this.byteLength = byteLength;
    this.bytesFilled = 0;
    this.minimumFill = minimumFill;
    this.elementSize = elementSize;
    this.viewConstructor = viewConstructor;
    this.readerType = readerType;
  }
}

class QueueEntry {
  constructor(buffer, byteOffset, byteLength) {
    this.buffer = buffer;
    this.byteOffset = byteOffset;
    this.byteLength = byteLength;
  }
}

class ByteControllerState {
  constructor(stream, source, pull, cancel, highWaterMark, autoAllocate) {
    this.stream = stream;
    this.queue = [];
    this.queueTotalSize = 0;
    this.pendingPullIntos = [];
    this.byobRequest = null;
    this.autoAllocateChunkSize = autoAllocate;
    this.started = false;
    this.closeRequested = false;
    this.pullAgain = false;
    this.pulling = false;
    this.highWaterMark = highWaterMark;
    this.source = source;
    this.pull = pull;
    this.cancel = cancel;
    this.onPullFulfilled = undefined;
    this.onPullRejected = undefined;
  }
}

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isBrand(this, 'ReadableStreamBYOBRequest')) {
      throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    }
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBrand(this, 'ReadableStreamBYOBRequest')) {
      throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    }
    const { controller, view } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError(
        'This BYOB request has been invalidated');
    }
    validateInteger(bytesWritten, 'bytesWritten', 0);
    if (isDetached(viewBuffer(view))) {
      throw new ERR_INVALID_STATE.TypeError(
        'Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBrand(this, 'ReadableStreamBYOBRequest')) {
      throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    }
    const controller = this[kState].controller;
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError(
        'This BYOB request has been invalidated');
    }
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view',
                                     ['Buffer', 'TypedArray', 'DataView'],
                                     view);
    }
    if (isDetached(viewBuffer(view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespondWithNewView(controller, view);
  }
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
  }

  get byobRequest() {
    if (!isBrand(this, 'ReadableByteStreamController')) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isBrand(this, 'ReadableByteStreamController')) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return byteControllerGetDesiredSize(this);
  }

  close() {
    if (!isBrand(this, 'ReadableByteStreamController')) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    const state = this[kState];
    if (state.closeRequested) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerClose(this);
  }

  enqueue(chunk) {
    if (!isBrand(this, 'ReadableByteStreamController')) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk',
                                     ['Buffer', 'TypedArray', 'DataView'],
                                     chunk);
    }
    const buffer = viewBuffer(chunk);
    if (viewByteLength(chunk) === 0 ||
        ArrayBufferPrototypeGetByteLength(buffer) === 0) {
      throw new ERR_INVALID_STATE.TypeError(
        'chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isBrand(this, 'ReadableByteStreamController')) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    byteControllerError(this, error);
  }

  [kCancelSteps](reason) {
    const state = this[kState];
    byteControllerClearPendingPullIntos(this);
    state.queue = [];
    state.queueTotalSize = 0;
    const result = promiseCall(state.cancel, state.source, reason);
    byteControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](request) {
    const state = this[kState];
    if (state.queueTotalSize > 0) {
      fillReadRequestFromQueue(this, request);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (error) {
        request.error(error);
        return;
      }
      ArrayPrototypePush(state.pendingPullIntos, new PullIntoDescriptor(
        buffer, 0, size, 1, 1, Uint8Array, 'default'));
    }
    addReadRequest(state.stream, request);
    byteControllerCallPullIfNeeded(this);
  }

  [kReleaseSteps]() {
    const state = this[kState];
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  }
}

function isByteController(value) {
  return isBrand(value, 'ReadableByteStreamController');
}

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kInternal);
  let autoAllocate = source.autoAllocateChunkSize;
  if (autoAllocate !== undefined) {
    autoAllocate = +autoAllocate;
    if (!NumberIsInteger(autoAllocate) || autoAllocate <= 0) {
      throw new ERR_INVALID_ARG_VALUE(
        'source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setupByteController(stream, controller, source, source.start, source.pull,
                      source.cancel, highWaterMark, autoAllocate);
}

// A byte stream driven by internal algorithms (byte tee, adapters): `source`
// has pull(controller) and cancel(reason) methods.
function createReadableByteStream(source, highWaterMark = 0,
                                  autoAllocate = undefined) {
  const { ReadableStream } = require('internal/webstreams/readablestream');
  const stream = new ReadableStream(kInternal);
  const controller = new ReadableByteStreamController(kInternal);
  setupByteController(stream, controller, source, undefined, source.pull,
                      source.cancel, highWaterMark, autoAllocate);
  return stream;
}

function setupByteController(stream, controller, source, start, pull, cancel,
                             highWaterMark, autoAllocate) {
  const state = new ByteControllerState(stream, source, pull, cancel,
                                        highWaterMark, autoAllocate);
  controller[kState] = state;
  state.onPullFulfilled = () => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  };
  state.onPullRejected = (error) => byteControllerError(controller, error);
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = state.onPullRejected;
  const startResult = start === undefined ? undefined :
    FunctionPrototypeCall(start, source, controller);
  PromisePrototypeThen(PromiseResolve(startResult), () => {
    state.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, state.onPullRejected);
}

function byteControllerCallPullIfNeeded(controller) {
  if (!byteControllerShouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  PromisePrototypeThen(promiseCall(state.pull, state.source, controller),
                       state.onPullFulfilled, state.onPullRejected);
}

function byteControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested ||
      !state.started) {
    return false;
  }
  if (readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  if (readableStreamHasBYOBReader(stream) &&
      stream[kState].reader[kState].readIntoRequests.length > 0) {
    return true;
  }
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pull = undefined;
  state.cancel = undefined;
}

function byteControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  const request = state.byobRequest;
  if (request === null) return;
  request[kState].controller = undefined;
  request[kState].view = null;
  state.byobRequest = null;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer,
                                first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kInternal);
    request[kState].controller = controller;
    request[kState].view = view;
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function byteControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function byteControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError(
        'Partial read is not a multiple of the element size');
      byteControllerError(controller, error);
      throw error;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  state.queue = [];
  state.queueTotalSize = 0;
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, error);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const state = controller[kState];
  ArrayPrototypePush(state.queue,
                     new QueueEntry(buffer, byteOffset, byteLength));
  state.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = ArrayBufferPrototypeSlice(buffer, byteOffset,
                                      byteOffset + byteLength);
  } catch (error) {
    byteControllerError(controller, error);
    throw error;
  }
  enqueueChunkToQueue(controller, clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    enqueueClonedChunkToQueue(controller, pullInto.buffer, pullInto.byteOffset,
                              pullInto.bytesFilled);
  }
  ArrayPrototypeShift(controller[kState].pendingPullIntos);
}

function byteControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  if (isDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is detached');
  }
  const transferred = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError(
        'The BYOB request ArrayBuffer has been detached');
    }
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      enqueueDetachedPullIntoToQueue(controller, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      enqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) {
        ArrayPrototypeShift(state.pendingPullIntos);
      }
      readableStreamFulfillReadRequest(
        stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    enqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    const filled = processPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      commitPullIntoDescriptor(stream, filled[i]);
    }
  } else {
    enqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function fillReadRequestFromQueue(controller, request) {
  const state = controller[kState];
  const entry = ArrayPrototypeShift(state.queue);
  state.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset,
                               entry.byteLength));
}

function processReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    fillReadRequestFromQueue(controller,
                             ArrayPrototypeShift(reader[kState].readRequests));
  }
}

function handleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) break;
    const pullInto = state.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, pullInto)) {
      ArrayPrototypeShift(state.pendingPullIntos);
      ArrayPrototypePush(filled, pullInto);
    }
  }
  return filled;
}

function fillPullIntoDescriptorFromQueue(controller, pullInto) {
  const state = controller[kState];
  const maxBytesToCopy = MathMin(state.queueTotalSize,
                                 pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled -
    (maxBytesFilled % pullInto.elementSize);
  if (maxAlignedBytes >= pullInto.minimumFill) {
    remaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (remaining > 0) {
    const head = queue[0];
    const count = MathMin(remaining, head.byteLength);
    copyBytes(pullInto.buffer, pullInto.byteOffset + pullInto.bytesFilled,
              head.buffer, head.byteOffset, count);
    if (head.byteLength === count) {
      ArrayPrototypeShift(queue);
    } else {
      head.byteOffset += count;
      head.byteLength -= count;
    }
    state.queueTotalSize -= count;
    pullInto.bytesFilled += count;
    remaining -= count;
  }
  return ready;
}

// A view of the reader's kind: a Buffer read gives a Buffer, as in node.
function makeView(Ctor, buffer, byteOffset, length) {
  if (Ctor === kBufferView) {
    Buffer ??= require('buffer').Buffer;
    return Buffer.from(buffer, byteOffset, length);
  }
  return new Ctor(buffer, byteOffset, length);
}

function convertPullIntoDescriptor(pullInto) {
  const buffer = transferArrayBuffer(pullInto.buffer);
  return makeView(pullInto.viewConstructor, buffer, pullInto.byteOffset,
                  pullInto.bytesFilled / pullInto.elementSize);
}

function commitPullIntoDescriptor(stream, pullInto) {
  const done = stream[kState].state === 'closed';
  const view = convertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, view, done);
  } else {
    const request = ArrayPrototypeShift(
      stream[kState].reader[kState].readIntoRequests);
    if (done) {
      request.close(view);
    } else {
      request.chunk(view);
    }
  }
}

function byteControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be greater than 0');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  const byteLength = viewByteLength(view);
  if (state.stream[kState].state === 'closed') {
    if (byteLength !== 0) {
      throw new ERR_INVALID_STATE.TypeError(
        'The view must be zero-length when the stream is closed');
    }
  } else if (byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('The view cannot be zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== viewByteOffset(view)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view,
                                               'has an invalid byteOffset');
  }
  if (first.bufferByteLength !==
      ArrayBufferPrototypeGetByteLength(viewBuffer(view))) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view,
                                               'has an invalid buffer length');
  }
  if (first.bytesFilled + byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view,
                                               'is too large');
  }
  first.buffer = transferArrayBuffer(viewBuffer(view));
  byteControllerRespondInternal(controller, byteLength);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  const stream = state.stream;
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') {
      ArrayPrototypeShift(state.pendingPullIntos);
    }
    if (readableStreamHasBYOBReader(stream)) {
      const reader = stream[kState].reader;
      while (reader[kState].readIntoRequests.length > 0) {
        commitPullIntoDescriptor(stream,
                                 ArrayPrototypeShift(state.pendingPullIntos));
      }
    }
  } else {
    respondInReadableState(controller, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(controller);
}

function respondInReadableState(controller, bytesWritten, pullInto) {
  const state = controller[kState];
  const stream = state.stream;
  pullInto.bytesFilled += bytesWritten;
  if (pullInto.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(controller, pullInto);
    const filled = processPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filled.length; i++) {
      commitPullIntoDescriptor(stream, filled[i]);
    }
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  ArrayPrototypeShift(state.pendingPullIntos);
  const remainder = pullInto.bytesFilled % pullInto.elementSize;
  if (remainder > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    enqueueClonedChunkToQueue(controller, pullInto.buffer, end - remainder,
                              remainder);
  }
  pullInto.bytesFilled -= remainder;
  const filled = processPullIntoDescriptorsUsingQueue(controller);
  commitPullIntoDescriptor(stream, pullInto);
  for (let i = 0; i < filled.length; i++) {
    commitPullIntoDescriptor(stream, filled[i]);
  }
}

// --- BYOB reads ----------------------------------------------------------------

class PromiseReadIntoRequest {
  constructor() {
    this.deferred = new Deferred();
  }

  chunk(view) {
    this.deferred.resolve(iterResult(view, false));
  }

  close(view) {
    this.deferred.resolve(iterResult(view, true));
  }

  error(reason) {
    this.deferred.reject(reason);
  }
}

function byobReaderRead(reader, view, options) {
  if (!isArrayBufferView(view)) {
    return PromiseReject(new ERR_INVALID_ARG_TYPE(
      'view', ['Buffer', 'TypedArray', 'DataView'], view));
  }
  const buffer = viewBuffer(view);
  if (viewByteLength(view) === 0 ||
      ArrayBufferPrototypeGetByteLength(buffer) === 0) {
    return PromiseReject(new ERR_INVALID_STATE.TypeError(
      'View or Viewed ArrayBuffer is zero-length or detached'));
  }
  let min = 1;
  if (options != null && typeof options === 'object' &&
      options.min !== undefined) {
    min = +options.min;
    if (!NumberIsInteger(min) || min <= 0) {
      return PromiseReject(new ERR_OUT_OF_RANGE('options.min', '> 0', min));
    }
    const limit = isDataView(view) ? viewByteLength(view) : view.length;
    if (min > limit) {
      return PromiseReject(
        new ERR_OUT_OF_RANGE('options.min', `<= ${limit}`, min));
    }
  }
  const stream = reader[kState].stream;
  if (stream === undefined) {
    return PromiseReject(new ERR_INVALID_STATE.TypeError(
      'The reader is not attached to a stream'));
  }
  const request = new PromiseReadIntoRequest();
  readableStreamBYOBReaderRead(reader, view, min, request);
  return request.deferred.promise;
}

function readableStreamBYOBReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') {
    request.error(stream[kState].storedError);
    return;
  }
  byteControllerPullInto(stream[kState].controller, view, min, request);
}

function byteControllerPullInto(controller, view, min, request) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let Ctor = DataView;
  if (!isDataView(view)) {
    Ctor = kViewConstructors[TypedArrayPrototypeGetSymbolToStringTag(view)];
    elementSize = Ctor.BYTES_PER_ELEMENT;
    Buffer ??= require('buffer').Buffer;
    if (view instanceof Buffer) Ctor = kBufferView;
  }
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  let buffer;
  try {
    buffer = transferArrayBuffer(viewBuffer(view));
  } catch (error) {
    request.error(error);
    return;
  }
  const pullInto = new PullIntoDescriptor(buffer, byteOffset, byteLength,
                                          min * elementSize, elementSize,
                                          Ctor, 'byob');
  const reader = stream[kState].reader;
  if (state.pendingPullIntos.length > 0) {
    ArrayPrototypePush(state.pendingPullIntos, pullInto);
    ArrayPrototypePush(reader[kState].readIntoRequests, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(makeView(Ctor, buffer, byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, pullInto)) {
      const filled = convertPullIntoDescriptor(pullInto);
      handleQueueDrain(controller);
      request.chunk(filled);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError(
        'ReadableStream is already closed');
      byteControllerError(controller, error);
      request.error(error);
      return;
    }
  }
  ArrayPrototypePush(state.pendingPullIntos, pullInto);
  ArrayPrototypePush(reader[kState].readIntoRequests, request);
  byteControllerCallPullIfNeeded(controller);
}

ObjectDefineProperties(ReadableByteStreamController.prototype, {
  byobRequest: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
});
ObjectDefineProperties(ReadableStreamBYOBRequest.prototype, {
  view: kEnumerableProperty,
  respond: kEnumerableProperty,
  respondWithNewView: kEnumerableProperty,
});
defineToStringTag(ReadableByteStreamController);
defineToStringTag(ReadableStreamBYOBRequest);
defineInspect(ReadableByteStreamController, isByteController, () => ({}));
defineInspect(ReadableStreamBYOBRequest,
              (obj) => isBrand(obj, 'ReadableStreamBYOBRequest'),
              (request) => ({
                view: request[kState].view,
                controller: request[kState].controller,
              }));

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  byobReaderRead,
  byteControllerClose,
  byteControllerEnqueue,
  byteControllerError,
  byteControllerGetBYOBRequest,
  byteControllerRespond,
  byteControllerRespondWithNewView,
  createReadableByteStream,
  isByteController,
  readableStreamBYOBReaderRead,
  setupByteControllerFromSource,
};
