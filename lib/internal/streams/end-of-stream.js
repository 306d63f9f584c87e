'use strict';

// finished(stream[, options], callback), a.k.a. eos: calls back once when
// the stream is done — its readable side ended and/or its writable side
// finished (the sides the stream has, or those options.readable/.writable
// name), it closed, or it failed. A 'close' before the end is
// ERR_STREAM_PREMATURE_CLOSE. Node streams, streams1 emitters and http
// messages are understood. Returns a function that removes the listeners.
// Also the promise form that stream/promises exports.

const {
  FunctionPrototypeCall,
  Promise,
  PromisePrototypeThen,
  ReflectApply,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const {
  kEmptyObject,
  once,
  SymbolDispose,
} = require('internal/util');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const {
  isClosed,
  isNodeStream,
  isReadable,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  kIsClosedPromise,
  willEmitClose,
} = require('internal/streams/utils');

let addAbortListener;

function nop() {}

// An http.ClientRequest-like object.
function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Makes `report` give up its signal listener once it has been called.
function releaseSignalOnReport(signal, onAbort, report, stream) {
  addAbortListener ??= require('internal/events/abort_listener').addAbortListener;
  const listener = addAbortListener(signal, onAbort);
  return once((...args) => {
    listener[SymbolDispose]();
    ReflectApply(report, stream, args);
  });
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  callback = once(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return watchWebStream(stream, options, callback);
  }
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE(
      'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return watchNodeStream(stream, options, callback);
}

function watchNodeStream(stream, options, callback) {
  const rState = stream._readableState;
  const wState = stream._writableState;

  // The sides to wait for.
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);

  // A stream that closes by itself once done is done at 'close' (where its
  // error, if any, is known) — unless only some of its sides are watched.
  let awaitClose = willEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let readableDone = isReadableFinished(stream, false);
  let writableDone = isWritableFinished(stream, false);
  let closed = isClosed(stream);

  // `report` may be swapped (cleanup, signal), so always call through it.
  let report = callback;
  const done = (err) => {
    if (err === undefined) {
      FunctionPrototypeCall(report, stream);
    } else {
      FunctionPrototypeCall(report, stream, err);
    }
  };

  // Reports the error the stream recorded, if it is a real one.
  const reportedError = () => {
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    return errored && typeof errored !== 'boolean' ? errored : undefined;
  };

  const onfinish = () => {
    writableDone = true;
    // A destroyed stream emits 'close' at once: no need to wait for it.
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (!stream.readable || readable)) return;
    if (!readable || readableDone) done();
  };

  const onend = () => {
    readableDone = true;
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (!stream.writable || writable)) return;
    if (!writable || writableDone) done();
  };

  const onerror = (err) => FunctionPrototypeCall(report, stream, err);

  const onclose = () => {
    closed = true;
    const err = reportedError();
    if (err !== undefined) return done(err);
    const cutShort =
      (readable && !readableDone && isReadableNodeStream(stream, true) &&
       !isReadableFinished(stream, false)) ||
      (writable && !writableDone && !isWritableFinished(stream, false));
    if (cutShort) return done(new ERR_STREAM_PREMATURE_CLOSE());
    done();
  };

  // For a stream found already done: only its error is of interest.
  const onclosed = () => {
    closed = true;
    done(reportedError());
  };

  // Legacy streams signal the end of writing by `writable` going false.
  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  // The order in which these are added is observable: keep it.
  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!awaitClose) stream.on('abort', onclose);
    if (stream.req) {
      onrequest();
    } else {
      stream.on('request', onrequest);
    }
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  // http.IncomingMessage.
  if (!awaitClose && typeof stream.aborted === 'boolean') {
    stream.on('aborted', onclose);
  }
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  // Already done (or failed): call back on the next tick.
  if (closed) {
    process.nextTick(onclose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!awaitClose) process.nextTick(onclosed);
  } else if (!readable &&
             (!awaitClose || isReadable(stream)) &&
             (writableDone || isWritable(stream) === false) &&
             // Not while write callbacks are still due.
             (wState == null || wState.pendingcb === undefined ||
              wState.pendingcb === 0)) {
    process.nextTick(onclosed);
  } else if (!writable &&
             (!awaitClose || isWritable(stream)) &&
             (readableDone || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    report = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  const signal = options.signal;
  if (signal && !closed) {
    const onAbort = () => {
      // cleanup() turns `report` into a no-op: keep the real one.
      const last = report;
      cleanup();
      FunctionPrototypeCall(last, stream, abortErrorFor(signal));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      report = releaseSignalOnReport(signal, onAbort, report, stream);
    }
  }

  return cleanup;
}

// Web streams settle a promise of their own when they close or fail.
function watchWebStream(stream, options, callback) {
  let aborted = false;
  const signal = options.signal;
  if (signal) {
    const onAbort = () => {
      aborted = true;
      FunctionPrototypeCall(callback, stream, abortErrorFor(signal));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      callback = releaseSignalOnReport(signal, onAbort, callback, stream);
    }
  }
  const settle = (...args) => {
    if (!aborted) process.nextTick(() => ReflectApply(callback, stream, args));
  };
  PromisePrototypeThen(stream[kIsClosedPromise].promise, settle, settle);
  return nop;
}

// finished(stream[, options]) -> Promise. { cleanup: true } removes the
// listeners once it settles.
function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kEmptyObject;
  if (opts?.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) {
        reject(err);
      } else {
        resolve();
      }
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
