'use strict';

// TransformStream and TransformStreamDefaultController (stream/web),
// following the WHATWG Streams standard (with transformer.cancel). The
// writable side's sink and the readable side's source are one object, the
// TransformStream's state, whose methods the two controllers call.

const {
  FunctionPrototypeCall,
  ObjectDefineProperties,
  PromisePrototypeThen,
  PromiseReject,
  ReflectConstruct,
  SymbolFor,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
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
  Deferred,
  defineInspect,
  defineToStringTag,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrand,
  kInternal,
  kState,
  kType,
  promiseCall,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStreamLocked,
} = require('internal/webstreams/writablestream');
const {
  JSTransferable,
  kDeserialize,
  kTransfer,
  kTransferList,
} = require('internal/worker/js_transferable');

const kIsClosedPromise = SymbolFor('nodejs.webstream.isClosedPromise');

// Everything a TransformStream keeps, with the algorithms its writable
// side's sink and its readable side's source run.
class TransformState {
  constructor(transformer, startPromise) {
    this.stream = undefined;
    this.readable = undefined;
    this.writable = undefined;
    this.backpressure = undefined;
    this.backpressureChange = undefined;
    this.controller = undefined;
    this.transformer = transformer;
    this.transform = undefined;
    this.flush = undefined;
    this.cancelFn = undefined;
    this.finish = undefined;
    this.startPromise = startPromise;
  }

  // -- sink of the writable side (through TransformSink) --
  write(chunk) {
    if (this.backpressure) {
      return PromisePrototypeThen(this.backpressureChange.promise, () => {
        const writable = this.writable[kState];
        if (writable.state === 'erroring') throw writable.storedError;
        return performTransform(this, chunk);
      });
    }
    return performTransform(this, chunk);
  }

  close() {
    if (this.finish !== undefined) return this.finish.promise;
    const readable = this.readable;
    const finish = this.finish = new Deferred();
    const flushPromise = promiseCall(this.flush, this.transformer,
                                     this.controller);
    clearAlgorithms(this);
    PromisePrototypeThen(flushPromise, () => {
      if (readable[kState].state === 'errored') {
        finish.reject(readable[kState].storedError);
      } else {
        defaultControllerClose(readable[kState].controller);
        finish.resolve();
      }
    }, (error) => {
      defaultControllerError(readable[kState].controller, error);
      finish.reject(error);
    });
    return finish.promise;
  }

  abort(reason) {
    if (this.finish !== undefined) return this.finish.promise;
    const readable = this.readable;
    const finish = this.finish = new Deferred();
    const cancelPromise = promiseCall(this.cancelFn, this.transformer, reason);
    clearAlgorithms(this);
    PromisePrototypeThen(cancelPromise, () => {
      if (readable[kState].state === 'errored') {
        finish.reject(readable[kState].storedError);
      } else {
        defaultControllerError(readable[kState].controller, reason);
        finish.resolve();
      }
    }, (error) => {
      defaultControllerError(readable[kState].controller, error);
      finish.reject(error);
    });
    return finish.promise;
  }

  // -- source of the readable side (through TransformSource) --
  pull() {
    setBackpressure(this, false);
    return this.backpressureChange.promise;
  }

  cancel(reason) {
    if (this.finish !== undefined) return this.finish.promise;
    const writable = this.writable;
    const finish = this.finish = new Deferred();
    const cancelPromise = promiseCall(this.cancelFn, this.transformer, reason);
    clearAlgorithms(this);
    PromisePrototypeThen(cancelPromise, () => {
      if (writable[kState].state === 'errored') {
        finish.reject(writable[kState].storedError);
      } else {
        controllerErrorIfNeeded(writable[kState].controller, reason);
        unblockWrite(this);
        finish.resolve();
      }
    }, (error) => {
      controllerErrorIfNeeded(writable[kState].controller, error);
      unblockWrite(this);
      finish.reject(error);
    });
    return finish.promise;
  }
}

// Transferable (postMessage, structuredClone with the stream listed): its
// readable and writable sides are transferred with it.
class TransformStream extends JSTransferable {
  constructor(transformer = null, writableStrategy = {},
              readableStrategy = {}) {
    super();
    validateObject(transformer, 'transformer',
                   kValidateObjectAllowObjectsAndNull);
    validateObject(writableStrategy, 'writableStrategy',
                   kValidateObjectAllowObjectsAndNull);
    validateObject(readableStrategy, 'readableStrategy',
                   kValidateObjectAllowObjectsAndNull);
    const readableType = transformer?.readableType;
    const writableType = transformer?.writableType;
    const start = transformer?.start;
    if (readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType',
                                                 readableType);
    }
    if (writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType',
                                                 writableType);
    }
    const readableHighWaterMark =
      extractHighWaterMark(readableStrategy?.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy?.size);
    const writableHighWaterMark =
      extractHighWaterMark(writableStrategy?.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy?.size);
    const startDeferred = new Deferred();
    this[kType] = 'TransformStream';
    const state = new TransformState(transformer, startDeferred.promise);
    state.stream = this;
    this[kState] = state;
    initTransformStream(this, state, writableHighWaterMark, writableSize,
                        readableHighWaterMark, readableSize);
    const controller = new TransformStreamDefaultController(kInternal);
    setupController(this, controller, transformer?.transform,
                    transformer?.flush, transformer?.cancel);
    if (start !== undefined) {
      startDeferred.resolve(FunctionPrototypeCall(start, transformer,
                                                  controller));
    } else {
      startDeferred.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [kTransferList]() {
    return [this[kState].readable, this[kState].writable];
  }

  [kTransfer]() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    const { readable, writable } = this[kState];
    const { lockedError } = require('internal/webstreams/transfer');
    if (readable[kState].reader !== undefined) {
      throw lockedError('ReadableStream');
    }
    if (isWritableStreamLocked(writable)) throw lockedError('WritableStream');
    return {
      data: { readable, writable },
      deserializeInfo:
        'internal/webstreams/transformstream:TransferredTransformStream',
    };
  }

  [kDeserialize]({ readable, writable }) {
    this[kState].readable = readable;
    this[kState].writable = writable;
    this[kIsClosedPromise] = writable[kIsClosedPromise];
  }
}

// The receiving side's new stream for a transferred one: only its two
// sides (they come with [kDeserialize]).
function TransferredTransformStream() {
  const stream = ReflectConstruct(JSTransferable, [], TransformStream);
  stream[kType] = 'TransformStream';
  stream[kState] = { readable: undefined, writable: undefined };
  return stream;
}
TransferredTransformStream.prototype = TransformStream.prototype;

function isTransformStream(value) {
  return isBrand(value, 'TransformStream');
}

function initTransformStream(stream, state, writableHighWaterMark,
                             writableSize, readableHighWaterMark,
                             readableSize) {
  state.writable = createWritableStream(
    new TransformSink(state), writableHighWaterMark, writableSize);
  state.readable = createReadableStream(
    new TransformSource(state), readableHighWaterMark, readableSize);
  setBackpressure(state, true);
  stream[kIsClosedPromise] = state.writable[kIsClosedPromise];
}

// The writable side's sink.
class TransformSink {
  constructor(state) {
    this.state = state;
  }

  start() {
    return this.state.startPromise;
  }

  write(chunk) {
    return this.state.write(chunk);
  }

  close() {
    return this.state.close();
  }

  abort(reason) {
    return this.state.abort(reason);
  }
}

// The readable side's source.
class TransformSource {
  constructor(state) {
    this.state = state;
  }

  start() {
    return this.state.startPromise;
  }

  pull() {
    return this.state.pull();
  }

  cancel(reason) {
    return this.state.cancel(reason);
  }
}

function setBackpressure(state, backpressure) {
  if (state.backpressureChange !== undefined) {
    state.backpressureChange.resolve();
  }
  state.backpressureChange = new Deferred();
  state.backpressure = backpressure;
}

function unblockWrite(state) {
  if (state.backpressure) setBackpressure(state, false);
}

function clearAlgorithms(state) {
  state.transform = undefined;
  state.flush = undefined;
  state.cancelFn = undefined;
}

function transformStreamError(state, error) {
  defaultControllerError(state.readable[kState].controller, error);
  errorWritableAndUnblockWrite(state, error);
}

function errorWritableAndUnblockWrite(state, error) {
  clearAlgorithms(state);
  controllerErrorIfNeeded(state.writable[kState].controller, error);
  unblockWrite(state);
}

function performTransform(state, chunk) {
  let result;
  if (state.transform === undefined) {
    try {
      controllerEnqueue(state, chunk);
      return undefined;
    } catch (error) {
      result = PromiseReject(error);
    }
  } else {
    result = promiseCall(state.transform, state.transformer, chunk,
                         state.controller);
  }
  return PromisePrototypeThen(result, undefined, (error) => {
    transformStreamError(state, error);
    throw error;
  });
}

function setupController(stream, controller, transform, flush, cancel) {
  const state = stream[kState];
  controller[kState] = state;
  state.controller = controller;
  state.transform = transform;
  state.flush = flush;
  state.cancelFn = cancel;
}

function controllerEnqueue(state, chunk) {
  const readableController = state.readable[kState].controller;
  if (!defaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    defaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(state, error);
    throw state.readable[kState].storedError;
  }
  const backpressure = defaultControllerHasBackpressure(readableController);
  if (backpressure !== state.backpressure) setBackpressure(state, true);
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    if (!isController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    return defaultControllerGetDesiredSize(
      this[kState].readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    controllerEnqueue(this[kState], chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamError(this[kState], reason);
  }

  terminate() {
    if (!isController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    const state = this[kState];
    defaultControllerClose(state.readable[kState].controller);
    errorWritableAndUnblockWrite(
      state, new ERR_INVALID_STATE.TypeError('TransformStream terminated'));
  }
}

function isController(value) {
  return isBrand(value, 'TransformStreamDefaultController');
}

ObjectDefineProperties(TransformStream.prototype, {
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});
ObjectDefineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  terminate: kEnumerableProperty,
});
defineToStringTag(TransformStream);
defineToStringTag(TransformStreamDefaultController);

function inspectTransform(state) {
  return {
    readable: state.readable,
    writable: state.writable,
    backpressure: state.backpressure,
  };
}
defineInspect(TransformStream, isTransformStream,
              (stream) => inspectTransform(stream[kState]));
defineInspect(TransformStreamDefaultController, isController,
              (controller) => ({ stream: controller[kState].stream }));

module.exports = {
  TransferredTransformStream,
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
