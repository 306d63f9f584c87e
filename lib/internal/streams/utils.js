'use strict';

// What kind of stream an object is (node stream, legacy stream, web
// stream, iterable) and where it is in its life (ended, finished, errored,
// destroyed, closed). Each question is answered from the public properties
// first and from _readableState/_writableState second, so that streams of
// other libraries and streams1-style emitters are understood too; null
// means "cannot tell".

const {
  ArrayBufferIsView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  Symbol,
  SymbolAsyncIterator,
  SymbolFor,
  SymbolIterator,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
} = primordials;

const { Buffer } = require('buffer');

// Marks streams without a `destroyed` property that destroyer() ended.
const kIsDestroyed = SymbolFor('nodejs.stream.destroyed');
// Answers a stream may carry for isErrored/isReadable/isWritable/isDisturbed
// (web streams set them on themselves).
const kIsErrored = Symbol('kIsErrored');
const kIsReadable = Symbol('kIsReadable');
const kIsWritable = Symbol('kIsWritable');
const kIsDisturbed = Symbol('kIsDisturbed');
const kIsClosedPromise = SymbolFor('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction =
  SymbolFor('nodejs.webstream.controllerErrorFunction');

const isFunction = (value) => typeof value === 'function';

// --- Kinds -------------------------------------------------------------------

function isNodeStream(obj) {
  if (!obj) return false;
  if (obj._readableState || obj._writableState) return true;
  return isFunction(obj.on) && (isFunction(obj.write) || isFunction(obj.pipe));
}

// Something one can pipe from. A Duplex built with readable: false is not.
function isReadableNodeStream(obj, strict = false) {
  if (!obj || !isFunction(obj.pipe) || !isFunction(obj.on)) return false;
  if (strict && !(isFunction(obj.pause) && isFunction(obj.resume))) {
    return false;
  }
  if (obj._writableState) {
    const rState = obj._readableState;
    if (!rState || rState.readable === false) return false;
  }
  return true;
}

// Something one can write to. A Duplex built with writable: false is not.
function isWritableNodeStream(obj) {
  if (!obj || !isFunction(obj.write) || !isFunction(obj.on)) return false;
  return !obj._readableState || obj._writableState?.writable !== false;
}

function isDuplexNodeStream(obj) {
  return !!obj && !!obj._readableState && isFunction(obj.pipe) &&
    isFunction(obj.on) && isFunction(obj.write);
}

function isReadableStream(obj) {
  return !!obj && !isNodeStream(obj) && isFunction(obj.pipeThrough) &&
    isFunction(obj.getReader) && isFunction(obj.cancel);
}

function isWritableStream(obj) {
  return !!obj && !isNodeStream(obj) && isFunction(obj.getWriter) &&
    isFunction(obj.abort);
}

function isTransformStream(obj) {
  return !!obj && !isNodeStream(obj) && typeof obj.readable === 'object' &&
    typeof obj.writable === 'object';
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) ||
    isTransformStream(obj);
}

// isAsync: true asks for an async iterable, false for a sync one,
// undefined for either.
function isIterable(obj, isAsync) {
  if (obj == null) return false;
  const async = isFunction(obj[SymbolAsyncIterator]);
  if (isAsync === true) return async;
  const sync = isFunction(obj[SymbolIterator]);
  if (isAsync === false) return sync;
  return async || sync;
}

// http's messages, recognised by their fields (http is not loaded here).
function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' &&
    typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' &&
    typeof stream._removedContLen === 'boolean';
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' &&
    typeof stream._dumped === 'boolean' &&
    stream.req?.upgradeOrConnect === undefined;
}

// --- Life cycle --------------------------------------------------------------

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.destroyed || stream[kIsDestroyed]) return true;
  const state = stream._writableState || stream._readableState;
  return !!state?.destroyed;
}

// end() was called.
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const wState = stream._writableState;
  if (wState?.errored) return false;
  const ended = wState?.ended;
  return typeof ended === 'boolean' ? ended : null;
}

// 'finish' was emitted; unless strict, also when it is only a tick away.
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const wState = stream._writableState;
  if (wState?.errored) return false;
  if (typeof wState?.finished !== 'boolean') return null;
  if (wState.finished) return true;
  return strict === false && wState.ended === true && wState.length === 0;
}

// push(null) happened.
function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const rState = stream._readableState;
  if (!rState || rState.errored) return false;
  return typeof rState.ended === 'boolean' ? rState.ended : null;
}

// 'end' was emitted; unless strict, also when it is only a tick away.
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const rState = stream._readableState;
  if (rState?.errored) return false;
  if (typeof rState?.endEmitted !== 'boolean') return null;
  if (rState.endEmitted) return true;
  return strict === false && rState.ended === true && rState.length === 0;
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof stream?.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable &&
    !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (typeof stream?.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable &&
    !isWritableEnded(stream);
}

// Done on the sides asked about (both by default).
function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  const stillReadable = opts?.readable !== false && isReadable(stream);
  const stillWritable = opts?.writable !== false && isWritable(stream);
  return !stillReadable && !stillWritable;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  return stream.writableErrored || (stream._writableState?.errored ?? null);
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  return stream.readableErrored || (stream._readableState?.errored ?? null);
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const wClosed = stream._writableState?.closed;
  const rClosed = stream._readableState?.closed;
  if (typeof wClosed === 'boolean' || typeof rClosed === 'boolean') {
    return wClosed || rClosed;
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) {
    return stream._closed;
  }
  return null;
}

// Will the stream emit 'close' by itself once done?
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  if (!state) return isServerResponse(stream);
  return !!(state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  if (!stream) return false;
  return !!(stream[kIsDisturbed] ??
            (stream.readableDidRead || stream.readableAborted));
}

// The first of these that is set (not nullish) decides.
function isErrored(stream) {
  if (!stream) return false;
  return !!(stream[kIsErrored] ??
            stream.readableErrored ??
            stream.writableErrored ??
            stream._readableState?.errorEmitted ??
            stream._writableState?.errorEmitted ??
            stream._readableState?.errored ??
            stream._writableState?.errored);
}

// --- Chunks ------------------------------------------------------------------

function isUint8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
}

// A Buffer over the memory of a Uint8Array (or another typed array).
function uint8ArrayToBuffer(chunk) {
  return Buffer.from(TypedArrayPrototypeGetBuffer(chunk),
                     TypedArrayPrototypeGetByteOffset(chunk),
                     TypedArrayPrototypeGetByteLength(chunk));
}

// A new Buffer over the memory of any ArrayBufferView.
function viewToBuffer(view) {
  if (TypedArrayPrototypeGetSymbolToStringTag(view) === undefined) {
    return Buffer.from(DataViewPrototypeGetBuffer(view),
                       DataViewPrototypeGetByteOffset(view),
                       DataViewPrototypeGetByteLength(view));
  }
  return uint8ArrayToBuffer(view);
}

// A chunk given to write() or push() as a Buffer: Buffers as they are, any
// other ArrayBufferView as a Buffer over its memory, else undefined.
function chunkToBuffer(chunk) {
  if (chunk instanceof Buffer) return chunk;
  if (!ArrayBufferIsView(chunk)) return undefined;
  return viewToBuffer(chunk);
}

module.exports = {
  chunkToBuffer,
  viewToBuffer,
  isUint8Array,
  uint8ArrayToBuffer,
  isDestroyed,
  kIsDestroyed,
  isDisturbed,
  kIsDisturbed,
  isErrored,
  kIsErrored,
  isReadable,
  kIsReadable,
  kIsClosedPromise,
  kControllerErrorFunction,
  kIsWritable,
  isClosed,
  isDuplexNodeStream,
  isFinished,
  isIterable,
  isReadableNodeStream,
  isReadableStream,
  isReadableEnded,
  isReadableFinished,
  isReadableErrored,
  isNodeStream,
  isWebStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
  isWritableEnded,
  isWritableFinished,
  isWritableErrored,
  isServerRequest,
  isServerResponse,
  isTransformStream,
  willEmitClose,
};
