'use strict';

// ReadableStream.prototype.pipeTo/pipeThrough and tee() (stream/web). The
// pipe is one object that is its own read request and its own write request
// (counting writes in flight), so a chunk costs no closure and no promise
// beyond the ones the sink itself returns.

const {
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  SafePromiseAll,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowObjectsAndNull,
  validateAbortSignal,
  validateObject,
} = require('internal/validators');
const {
  Deferred,
  abortErrorFor,
  cloneAsUint8Array,
  enqueueMicrotaskOnce,
  kState,
  nop,
  setPromiseHandled,
} = require('internal/webstreams/util');
const {
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  createReadableStream,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultReaderRelease,
  byobReaderRelease,
  isReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamDefaultReaderRead,
} = require('internal/webstreams/readablestream');
const {
  WritableStreamDefaultWriter,
  closeQueuedOrInFlight,
  isWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writerCloseWithErrorPropagation,
  writerRelease,
  writerWrite,
} = require('internal/webstreams/writablestream');

let kResistStopPropagation;

function readPipeOptions(options) {
  validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: !!options?.preventAbort,
    preventCancel: !!options?.preventCancel,
    preventClose: !!options?.preventClose,
    signal,
  };
}

function pipeThrough(source, transform, options) {
  const readable = transform?.readable;
  if (!isReadableStream(readable)) {
    throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream',
                                   readable);
  }
  const writable = transform?.writable;
  if (!isWritableStream(writable)) {
    throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream',
                                   writable);
  }
  const opts = readPipeOptions(options);
  if (isReadableStreamLocked(source)) {
    throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
  }
  if (isWritableStreamLocked(writable)) {
    throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
  }
  setPromiseHandled(readableStreamPipeTo(source, writable, opts));
  return readable;
}

function pipeTo(source, destination, options) {
  let opts;
  try {
    if (!isWritableStream(destination)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream',
                                     destination);
    }
    opts = readPipeOptions(options);
  } catch (error) {
    return PromiseReject(error);
  }
  if (isReadableStreamLocked(source)) {
    return PromiseReject(
      new ERR_INVALID_STATE.TypeError('The ReadableStream is locked'));
  }
  if (isWritableStreamLocked(destination)) {
    return PromiseReject(
      new ERR_INVALID_STATE.TypeError('The WritableStream is locked'));
  }
  return readableStreamPipeTo(source, destination, opts);
}

function readableStreamPipeTo(source, dest, opts) {
  const pipe = new Pipe(source, dest, opts);
  pipe.start();
  return pipe.deferred.promise;
}

class Pipe {
  constructor(source, dest, opts) {
    this.source = source;
    this.dest = dest;
    this.reader = new ReadableStreamDefaultReader(source);
    this.writer = new WritableStreamDefaultWriter(dest);
    this.preventAbort = opts.preventAbort;
    this.preventCancel = opts.preventCancel;
    this.preventClose = opts.preventClose;
    this.signal = opts.signal;
    this.deferred = new Deferred();
    this.shuttingDown = false;
    this.pendingWrites = 0;
    // Runs once every write in flight has settled (during shutdown).
    this.afterWrites = undefined;
    this.reading = false;
    this.looping = false;
    this.onAbort = undefined;
    this.step = () => this.loop();
  }

  start() {
    source_disturb(this.source);
    const signal = this.signal;
    if (signal !== undefined) {
      if (signal.aborted) {
        this.abort();
        return;
      }
      this.onAbort = () => this.abort();
      kResistStopPropagation ??=
        require('internal/events/symbols').kResistStopPropagation;
      signal.addEventListener('abort', this.onAbort,
                              { once: true, [kResistStopPropagation]: true });
    }
    // Errors and closes that happen while no read is pending.
    PromisePrototypeThen(this.reader[kState].closed.promise,
                         () => this.sourceClosed(),
                         (error) => this.sourceErrored(error));
    PromisePrototypeThen(this.writer[kState].closed.promise, nop,
                         (error) => this.destErrored(error));
    // The states the streams are in now, in the standard's order.
    const sourceState = this.source[kState];
    const destState = this.dest[kState];
    if (sourceState.state === 'errored') {
      this.sourceErrored(sourceState.storedError);
    } else if (destState.state === 'errored' ||
               destState.state === 'erroring') {
      this.destErrored(destState.storedError);
    } else if (sourceState.state === 'closed') {
      this.sourceClosed();
    } else if (closeQueuedOrInFlight(this.dest) ||
               destState.state === 'closed') {
      this.destClosed();
    }
    if (!this.shuttingDown) this.loop();
  }

  // Reads while the destination wants chunks; a read that completes at
  // once continues the loop here instead of recursing.
  loop() {
    if (this.looping) return;
    this.looping = true;
    const destState = this.dest[kState];
    while (!this.shuttingDown && !this.reading) {
      if (destState.backpressure) {
        PromisePrototypeThen(this.writer[kState].ready.promise, this.step,
                             nop);
        break;
      }
      this.reading = true;
      readableStreamDefaultReaderRead(this.reader, this);
    }
    this.looping = false;
  }

  // Read request: a chunk.
  chunk(chunk) {
    this.reading = false;
    this.pendingWrites++;
    writerWrite(this.writer, chunk, this);
    if (!this.looping) this.loop();
  }

  // Read request: end of the source.
  close() {
    this.reading = false;
    this.sourceClosed();
  }

  // Read request: the source failed.
  error(reason) {
    this.reading = false;
    this.sourceErrored(reason);
  }

  // Write request: the sink took a chunk. The writable calls this in the
  // middle of its own bookkeeping, so shutdown goes on in a microtask, as
  // it would after a promise.
  resolve() {
    if (--this.pendingWrites === 0 && this.afterWrites !== undefined) {
      const next = this.afterWrites;
      this.afterWrites = undefined;
      enqueueMicrotaskOnce(next);
    }
  }

  // Write request: a write failed (the destination errors on its own).
  reject() {
    this.resolve();
  }

  sourceErrored(error) {
    if (this.shuttingDown) return;
    if (!this.preventAbort) {
      this.shutdownWithAction(() => writableStreamAbort(this.dest, error),
                              true, error);
    } else {
      this.shutdown(true, error);
    }
  }

  destErrored(error) {
    if (this.shuttingDown) return;
    if (!this.preventCancel) {
      this.shutdownWithAction(() => readableStreamCancel(this.source, error),
                              true, error);
    } else {
      this.shutdown(true, error);
    }
  }

  sourceClosed() {
    if (this.shuttingDown) return;
    if (!this.preventClose) {
      this.shutdownWithAction(
        () => writerCloseWithErrorPropagation(this.writer), false);
    } else {
      this.shutdown(false);
    }
  }

  destClosed() {
    const error = new ERR_INVALID_STATE.TypeError(
      'Destination WritableStream is closed');
    if (!this.preventCancel) {
      this.shutdownWithAction(() => readableStreamCancel(this.source, error),
                              true, error);
    } else {
      this.shutdown(true, error);
    }
  }

  abort() {
    const error = abortErrorFor(this.signal);
    const dest = this.dest;
    const source = this.source;
    this.shutdownWithAction(() => {
      const actions = [];
      if (!this.preventAbort) {
        actions.push(dest[kState].state === 'writable' ?
          writableStreamAbort(dest, error) : PromiseResolve());
      }
      if (!this.preventCancel) {
        actions.push(source[kState].state === 'readable' ?
          readableStreamCancel(source, error) : PromiseResolve());
      }
      return SafePromiseAll(actions);
    }, true, error);
  }

  // Waits for the writes already made when the destination can still take
  // them, then runs `next`.
  whenWritesDone(next) {
    const destState = this.dest[kState];
    if (destState.state === 'writable' && !closeQueuedOrInFlight(this.dest) &&
        this.pendingWrites > 0) {
      this.afterWrites = next;
    } else {
      next();
    }
  }

  shutdownWithAction(action, isError, error) {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    this.whenWritesDone(() => {
      let promise;
      try {
        promise = PromiseResolve(action());
      } catch (actionError) {
        promise = PromiseReject(actionError);
      }
      PromisePrototypeThen(promise, () => this.finalize(isError, error),
                           (newError) => this.finalize(true, newError));
    });
  }

  shutdown(isError, error) {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    this.whenWritesDone(() => this.finalize(isError, error));
  }

  finalize(isError, error) {
    writerRelease(this.writer);
    defaultReaderRelease(this.reader);
    if (this.onAbort !== undefined) {
      this.signal.removeEventListener('abort', this.onAbort);
    }
    if (isError) {
      this.deferred.reject(error);
    } else {
      this.deferred.resolve();
    }
  }
}

function source_disturb(stream) {
  stream[kState].disturbed = true;
}

// --- tee ------------------------------------------------------------------------

function readableStreamTee(stream) {
  const controller = stream[kState].controller;
  const { isByteController } =
    require('internal/webstreams/readablebytestream');
  if (isByteController(controller)) return new ByteTee(stream).branches();
  return new DefaultTee(stream).branches();
}

class TeeBranchSource {
  constructor(tee, second) {
    this.tee = tee;
    this.second = second;
  }

  pull() {
    return this.tee.pull(this.second);
  }

  cancel(reason) {
    return this.tee.cancel(this.second, reason);
  }
}

class DefaultTee {
  constructor(stream) {
    this.stream = stream;
    this.reader = new ReadableStreamDefaultReader(stream);
    this.reading = false;
    this.readAgain = false;
    this.canceled = [false, false];
    this.reasons = [undefined, undefined];
    this.cancelDeferred = new Deferred();
    this.branch = [
      createReadableStream(new TeeBranchSource(this, 0)),
      createReadableStream(new TeeBranchSource(this, 1)),
    ];
    this.pendingChunk = undefined;
    this.deliver = () => this.deliverChunk();
    PromisePrototypeThen(this.reader[kState].closed.promise, nop, (error) => {
      defaultControllerError(this.branch[0][kState].controller, error);
      defaultControllerError(this.branch[1][kState].controller, error);
      if (!this.canceled[0] || !this.canceled[1]) this.cancelDeferred.resolve();
    });
  }

  branches() {
    return this.branch;
  }

  pull() {
    if (this.reading) {
      this.readAgain = true;
      return PromiseResolve();
    }
    this.reading = true;
    readableStreamDefaultReaderRead(this.reader, this);
    return PromiseResolve();
  }

  chunk(value) {
    this.pendingChunk = value;
    enqueueMicrotaskOnce(this.deliver);
  }

  deliverChunk() {
    const value = this.pendingChunk;
    this.pendingChunk = undefined;
    this.readAgain = false;
    if (!this.canceled[0]) {
      defaultControllerEnqueue(this.branch[0][kState].controller, value);
    }
    if (!this.canceled[1]) {
      defaultControllerEnqueue(this.branch[1][kState].controller, value);
    }
    this.reading = false;
    if (this.readAgain) this.pull();
  }

  close() {
    this.reading = false;
    if (!this.canceled[0]) {
      defaultControllerClose(this.branch[0][kState].controller);
    }
    if (!this.canceled[1]) {
      defaultControllerClose(this.branch[1][kState].controller);
    }
    if (!this.canceled[0] || !this.canceled[1]) this.cancelDeferred.resolve();
  }

  error() {
    this.reading = false;
  }

  cancel(index, reason) {
    this.canceled[index] = true;
    this.reasons[index] = reason;
    if (this.canceled[1 - index]) {
      const result = readableStreamCancel(this.stream, this.reasons);
      this.cancelDeferred.resolve(result);
    }
    return this.cancelDeferred.promise;
  }
}

// ReadableByteStreamTee: both branches are byte streams; a branch read with
// a BYOB reader reads into its own view and the other branch gets a copy.
class ByteTee {
  constructor(stream) {
    const {
      createReadableByteStream,
    } = require('internal/webstreams/readablebytestream');
    this.byte = require('internal/webstreams/readablebytestream');
    this.stream = stream;
    this.reader = new ReadableStreamDefaultReader(stream);
    this.reading = false;
    this.readAgain = [false, false];
    this.canceled = [false, false];
    this.reasons = [undefined, undefined];
    this.cancelDeferred = new Deferred();
    this.branch = [
      createReadableByteStream(new TeeBranchSource(this, 0)),
      createReadableByteStream(new TeeBranchSource(this, 1)),
    ];
    this.forwardReaderError(this.reader);
  }

  branches() {
    return this.branch;
  }

  controllerOf(index) {
    return this.branch[index][kState].controller;
  }

  forwardReaderError(reader) {
    PromisePrototypeThen(reader[kState].closed.promise, nop, (error) => {
      if (reader !== this.reader) return;
      this.byte.byteControllerError(this.controllerOf(0), error);
      this.byte.byteControllerError(this.controllerOf(1), error);
      if (!this.canceled[0] || !this.canceled[1]) this.cancelDeferred.resolve();
    });
  }

  failBoth(error) {
    this.byte.byteControllerError(this.controllerOf(0), error);
    this.byte.byteControllerError(this.controllerOf(1), error);
    this.cancelDeferred.resolve(readableStreamCancel(this.stream, error));
  }

  continueReading() {
    this.reading = false;
    if (this.readAgain[0]) {
      this.pull(0);
    } else if (this.readAgain[1]) {
      this.pull(1);
    }
  }

  pullWithDefaultReader() {
    if (this.reader instanceof ReadableStreamBYOBReader) {
      byobReaderRelease(this.reader);
      this.reader = new ReadableStreamDefaultReader(this.stream);
      this.forwardReaderError(this.reader);
    }
    readableStreamDefaultReaderRead(this.reader, new ByteTeeReadRequest(this));
  }

  pullWithBYOBReader(view, index) {
    if (this.reader instanceof ReadableStreamDefaultReader) {
      defaultReaderRelease(this.reader);
      this.reader = new ReadableStreamBYOBReader(this.stream);
      this.forwardReaderError(this.reader);
    }
    this.byte.readableStreamBYOBReaderRead(
      this.reader, view, 1, new ByteTeeReadIntoRequest(this, index));
  }

  pull(index) {
    if (this.reading) {
      this.readAgain[index] = true;
      return PromiseResolve();
    }
    this.reading = true;
    const request = this.byte.byteControllerGetBYOBRequest(
      this.controllerOf(index));
    if (request === null) {
      this.pullWithDefaultReader();
    } else {
      this.pullWithBYOBReader(request[kState].view, index);
    }
    return PromiseResolve();
  }

  cancel(index, reason) {
    this.canceled[index] = true;
    this.reasons[index] = reason;
    if (this.canceled[1 - index]) {
      const result = readableStreamCancel(this.stream, this.reasons);
      this.cancelDeferred.resolve(result);
    }
    return this.cancelDeferred.promise;
  }

  respondIfPending(index) {
    const controller = this.controllerOf(index);
    if (controller[kState].pendingPullIntos.length > 0) {
      this.byte.byteControllerRespond(controller, 0);
    }
  }
}

class ByteTeeReadRequest {
  constructor(tee) {
    this.tee = tee;
  }

  chunk(chunk) {
    const tee = this.tee;
    enqueueMicrotaskOnce(() => {
      tee.readAgain[0] = false;
      tee.readAgain[1] = false;
      let chunk2 = chunk;
      if (!tee.canceled[0] && !tee.canceled[1]) {
        try {
          chunk2 = cloneAsUint8Array(chunk);
        } catch (error) {
          tee.failBoth(error);
          return;
        }
      }
      if (!tee.canceled[0]) {
        tee.byte.byteControllerEnqueue(tee.controllerOf(0), chunk);
      }
      if (!tee.canceled[1]) {
        tee.byte.byteControllerEnqueue(tee.controllerOf(1), chunk2);
      }
      tee.continueReading();
    });
  }

  close() {
    const tee = this.tee;
    tee.reading = false;
    if (!tee.canceled[0]) tee.byte.byteControllerClose(tee.controllerOf(0));
    if (!tee.canceled[1]) tee.byte.byteControllerClose(tee.controllerOf(1));
    if (!tee.canceled[0]) tee.respondIfPending(0);
    if (!tee.canceled[1]) tee.respondIfPending(1);
    if (!tee.canceled[0] || !tee.canceled[1]) tee.cancelDeferred.resolve();
  }

  error() {
    this.tee.reading = false;
  }
}

class ByteTeeReadIntoRequest {
  constructor(tee, index) {
    this.tee = tee;
    this.index = index;
  }

  chunk(chunk) {
    const tee = this.tee;
    const index = this.index;
    enqueueMicrotaskOnce(() => {
      tee.readAgain[0] = false;
      tee.readAgain[1] = false;
      const byobCanceled = tee.canceled[index];
      const otherCanceled = tee.canceled[1 - index];
      if (!otherCanceled) {
        let clone;
        try {
          clone = cloneAsUint8Array(chunk);
        } catch (error) {
          tee.failBoth(error);
          return;
        }
        if (!byobCanceled) {
          tee.byte.byteControllerRespondWithNewView(tee.controllerOf(index),
                                                    chunk);
        }
        tee.byte.byteControllerEnqueue(tee.controllerOf(1 - index), clone);
      } else if (!byobCanceled) {
        tee.byte.byteControllerRespondWithNewView(tee.controllerOf(index),
                                                  chunk);
      }
      tee.continueReading();
    });
  }

  close(chunk) {
    const tee = this.tee;
    const index = this.index;
    tee.reading = false;
    const byobCanceled = tee.canceled[index];
    const otherCanceled = tee.canceled[1 - index];
    if (!byobCanceled) {
      tee.byte.byteControllerClose(tee.controllerOf(index));
    }
    if (!otherCanceled) {
      tee.byte.byteControllerClose(tee.controllerOf(1 - index));
    }
    if (chunk !== undefined) {
      if (!byobCanceled) {
        tee.byte.byteControllerRespondWithNewView(tee.controllerOf(index),
                                                  chunk);
      }
      if (!otherCanceled) tee.respondIfPending(1 - index);
    }
    if (!byobCanceled || !otherCanceled) tee.cancelDeferred.resolve();
  }

  error() {
    this.tee.reading = false;
  }
}

module.exports = {
  pipeThrough,
  pipeTo,
  readableStreamPipeTo,
  readableStreamTee,
};
