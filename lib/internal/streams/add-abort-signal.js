'use strict';

// addAbortSignal(signal, stream): destroys the stream with an AbortError
// (its cause: the signal's reason) when the signal aborts, at once if it
// already has. The listener goes away when the stream is done.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
  AbortError,
} = require('internal/errors');
const {
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { SymbolDispose } = require('internal/util');

let addAbortListener;

// Anything with an `aborted` property passes; unlike validateAbortSignal,
// undefined does not.
function looksLikeSignal(signal) {
  return typeof signal === 'object' && 'aborted' in signal;
}

function addAbortSignal(signal, stream) {
  if (!looksLikeSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE(
      'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (!looksLikeSignal(signal)) return stream;

  const abort = () => {
    const error = new AbortError(undefined, { cause: signal.reason });
    if (isNodeStream(stream)) {
      stream.destroy(error);
    } else {
      stream[kControllerErrorFunction](error);
    }
  };

  if (signal.aborted) {
    abort();
    return stream;
  }
  addAbortListener ??= require('internal/events/abort_listener').addAbortListener;
  const listener = addAbortListener(signal, abort);
  eos(stream, listener[SymbolDispose]);
  return stream;
}

module.exports = {
  addAbortSignal,
  addAbortSignalNoValidate,
};
