'use strict';

// Readable: the read side's state machine — push/unshift into the buffer,
// read(n), the 'readable' / 'data' / 'end' events, flowing and paused
// modes, setEncoding. The state is in readable_state.js, the buffer in
// buffer_list.js, pipe() in readable_pipe.js, the async iterator and wrap()
// in readable_iterator.js.

const {
  ArrayBufferIsView,
  ArrayPrototypePush,
  ArrayPrototypeUnshift,
  FunctionPrototypeCall,
  NumberIsInteger,
  NumberIsNaN,
  NumberParseInt,
  ObjectDefineProperties,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  SymbolAsyncIterator,
} = primordials;

const EE = require('events');
const { Buffer } = require('buffer');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const {
  kState,
  kObjectMode,
  kErrorEmitted,
  kDestroyed,
  kCloseEmitted,
  kErrored,
  kConstructed,
  kOnConstructed,
} = require('internal/streams/state');
const {
  ReadableState,
  kEnded,
  kEndEmitted,
  kReading,
  kSync,
  kNeedReadable,
  kEmittedReadable,
  kMultiAwaitDrain,
  kReadingMore,
  kDataEmitted,
  kDecoder,
  kHasFlowing,
  kFlowing,
  kPaused,
  kHasPaused,
  kResumeScheduled,
  kDataListening,
} = require('internal/streams/readable_state');
const { clearBuffer, fromList } = require('internal/streams/buffer_list');
const { chunkToBuffer, viewToBuffer } = require('internal/streams/utils');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
} = require('internal/errors');
const { SymbolAsyncDispose: kAsyncDispose } = require('internal/util');

const { errorOrDestroy } = destroyImpl;

let StringDecoder;
let Duplex;
let eos;

// Runs when _construct has called back: reads that were asked for meanwhile
// start now.
ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

// A function, not a class: legacy subclasses call Readable.call(this).
function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Listeners are stored in a fixed shape (see EventEmitter's shape mode).
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  Duplex ??= require('internal/streams/duplex');
  this._readableState = new ReadableState(options, this, this instanceof Duplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal')
        .addAbortSignal(options.signal, this);
    }
  }

  FunctionPrototypeCall(Stream, this, options);

  destroyImpl.construct(this, () => {
    this._readableState[kOnConstructed](this);
  });
}
ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[kAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  eos ??= require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) => eos(this, (err) => {
    if (err && err !== error) reject(err);
    else resolve(null);
  }));
};

// Defined in readable_iterator.js.
Readable.prototype[SymbolAsyncIterator] = undefined;

// --- Adding data -------------------------------------------------------------

// push(chunk): called by _read (or from outside) with data for consumers.
// Returns false once the buffer is at highWaterMark: stop pushing until the
// next _read call.
Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(this, state);
    return false;
  }
  if ((state[kState] & kObjectMode) !== 0) {
    return pushObjectMode(this, state, chunk, encoding);
  }
  return pushByteMode(this, state, chunk, encoding);
};

// unshift(chunk): puts data back at the front of the buffer.
Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(this, state);
    return false;
  }
  if ((state[kState] & kObjectMode) !== 0) {
    return unshiftChunk(this, state, chunk);
  }
  if (typeof chunk === 'string') {
    encoding ||= state.defaultEncoding;
    if (state.encoding !== encoding) {
      // Unshifted data is not decoded again: convert it here.
      if (state.encoding) {
        chunk = Buffer.from(chunk, encoding).toString(state.encoding);
      } else {
        chunk = Buffer.from(chunk, encoding);
      }
    }
  } else if (ArrayBufferIsView(chunk)) {
    // A new Buffer over the same bytes (for a Buffer too, as node does).
    chunk = viewToBuffer(chunk);
  } else if (chunk !== undefined) {
    errorOrDestroy(this, new ERR_INVALID_ARG_TYPE(
      'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
    return false;
  }
  if (!chunk || chunk.length <= 0) return canPushMore(state);
  return unshiftChunk(this, state, chunk);
};

function unshiftChunk(stream, state, chunk) {
  if ((state[kState] & kEndEmitted) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  } else if ((state[kState] & (kDestroyed | kErrored)) !== 0) {
    return false;
  } else {
    addChunk(stream, state, chunk, true);
  }
  return canPushMore(state);
}

function pushObjectMode(stream, state, chunk, encoding) {
  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state.decoder.write(chunk);
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushByteMode(stream, state, chunk, encoding) {
  // `encoding` ends up '' for bytes that still need the decoder.
  if (typeof chunk === 'string') {
    encoding ||= state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk != null) {
    const buffer = chunkToBuffer(chunk);
    if (buffer === undefined) {
      errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
    chunk = buffer;
    encoding = '';
  }

  if (!chunk || chunk.length <= 0) {
    // Nothing to add, but the read that asked for it is over.
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }

  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;

  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function canPushMore(state) {
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if ((state[kState] & (kFlowing | kSync | kDataListening)) ===
      (kFlowing | kDataListening) && state.length === 0) {
    // Flowing with nothing buffered: hand the chunk straight to 'data'.
    clearAwaitDrain(state);
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) {
        state.buffer[--state.bufferIndex] = chunk;
      } else {
        ArrayPrototypeUnshift(state.buffer, chunk);
      }
    } else {
      ArrayPrototypePush(state.buffer, chunk);
    }
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function clearAwaitDrain(state) {
  if ((state[kState] & kMultiAwaitDrain) !== 0) {
    state.awaitDrainWriters.clear();
  } else {
    state.awaitDrainWriters = null;
  }
}

// push(null): no more data. A decoder gives up what it still holds.
function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  const decoder = state.decoder;
  if (decoder) {
    const chunk = decoder.end();
    if (chunk?.length) {
      ArrayPrototypePush(state.buffer, chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;

  if ((state[kState] & kSync) !== 0) {
    // Inside _read: tell the consumer on the next tick.
    emitReadable(stream);
  } else {
    state[kState] &= ~kNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadableNT(stream);
  }
}

// --- Reading -----------------------------------------------------------------

Readable.prototype.isPaused = function() {
  const state = this._readableState[kState];
  return (state & kPaused) !== 0 ||
    (state & (kHasFlowing | kFlowing)) === kHasFlowing;
};

// Decodes what is buffered, and everything pushed later, into strings.
Readable.prototype.setEncoding = function(enc) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;

  let content = '';
  const buffer = state.buffer;
  for (let i = state.bufferIndex; i < buffer.length; i++) {
    content += decoder.write(buffer[i]);
  }
  clearBuffer(state);
  if (content !== '') ArrayPrototypePush(buffer, content);
  state.length = content.length;
  return this;
};

// Buffers above 1 GiB are refused.
const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  }
  // The next power of two, so that a growing n does not grow it often.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How much read(n) may return now: 0 when it must wait for more data.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) {
    return 0;
  }
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (NumberIsNaN(n)) {
    // read(): in flowing mode one chunk at a time, else everything.
    if ((state[kState] & kFlowing) !== 0 && state.length) {
      return state.buffer[state.bufferIndex].length;
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

// read(n): returns n bytes (one object in object mode; for read(),
// everything, or one chunk while flowing) from the buffer, or null when
// there is not enough; asks _read for more when the buffer would fall
// below highWaterMark. read(0) only refills.
Readable.prototype.read = function(n) {
  const state = this._readableState;
  const requested = toReadSize(n);

  if (requested > state.highWaterMark) {
    state.highWaterMark = computeNewHighWaterMark(requested);
  }
  if (requested !== 0) state[kState] &= ~kEmittedReadable;

  if (requested === 0 && readZeroSettles(this, state)) return null;

  let size = howMuchToRead(requested, state);
  if (size === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  if (shouldCallRead(state, size) && callRead(this, state)) {
    // The read completed synchronously: there may be more to take now.
    size = howMuchToRead(requested, state);
  }

  const chunk = size > 0 ? fromList(size, state) : null;
  if (chunk === null) {
    // Set only (node 20 never clears it here).
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    size = 0;
  } else {
    state.length -= size;
    clearAwaitDrain(state);
  }

  if (state.length === 0) {
    // Empty: the next push must tell the consumer.
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    // Asked for more than was left after the end: that was the end.
    if (requested !== size && (state[kState] & kEnded) !== 0) endReadable(this);
  }

  if (chunk !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', chunk);
  }
  return chunk;
};

// read()'s argument: NaN for "everything", integers as given, anything
// else through parseInt.
function toReadSize(n) {
  if (n === undefined) return NaN;
  return NumberIsInteger(n) ? n : NumberParseInt(n, 10);
}

// read(0) while a 'readable' is owed: when there is enough data (or the
// end) it only emits it, or 'end'. Returns true when it did.
function readZeroSettles(stream, state) {
  if ((state[kState] & kNeedReadable) === 0) return false;
  const ended = (state[kState] & kEnded) !== 0;
  const enough = state.highWaterMark !== 0 ?
    state.length >= state.highWaterMark : state.length > 0;
  if (!enough && !ended) return false;
  if (state.length === 0 && ended) {
    endReadable(stream);
  } else {
    emitReadable(stream);
  }
  return true;
}

// _read is due when the buffer would be (or is) below highWaterMark, or a
// 'readable' is owed — unless a read is in flight, the stream ended,
// failed, or is not constructed yet.
function shouldCallRead(state, size) {
  if ((state[kState] & (kReading | kEnded | kDestroyed | kErrored |
                        kConstructed)) !== kConstructed) {
    return false;
  }
  return (state[kState] & kNeedReadable) !== 0 || state.length === 0 ||
    state.length - size < state.highWaterMark;
}

// Calls _read; returns whether it already pushed (no read in flight).
function callRead(stream, state) {
  state[kState] |= kReading | kSync;
  if (state.length === 0) state[kState] |= kNeedReadable;
  try {
    stream._read(state.highWaterMark);
  } catch (err) {
    errorOrDestroy(stream, err);
  }
  state[kState] &= ~kSync;
  return (state[kState] & kReading) === 0;
}

Readable._fromList = fromList;

function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
      (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }

  // Another 'readable' is due when the consumer drained the buffer below
  // highWaterMark without reaching the end. (Set, never cleared here: a
  // needReadable left over from read() stays, as in node 20.)
  if ((state[kState] & (kFlowing | kEnded)) === 0 &&
      state.length <= state.highWaterMark) {
    state[kState] |= kNeedReadable;
  }
  flow(stream);
}

// After data was added: fill the buffer up to highWaterMark on the next
// tick, while each read(0) keeps adding data synchronously.
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;  // _read did not add anything now.
  }
  state[kState] &= ~kReadingMore;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// Defined in readable_pipe.js; the slots are made here so that the
// prototype's properties come in node's order.
Readable.prototype.pipe = undefined;
Readable.prototype.unpipe = undefined;

// --- Listeners and flowing mode ----------------------------------------------

// A 'data' listener starts the flow (unless paused explicitly); a
// 'readable' listener switches to paused mode and takes precedence.
Readable.prototype.on = function(ev, fn) {
  const res = FunctionPrototypeCall(Stream.prototype.on, this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state[kState] |= kDataListening;
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = FunctionPrototypeCall(Stream.prototype.removeListener, this, ev, fn);
  if (ev === 'readable') {
    // Looked at on the next tick: the listener may be added back meanwhile.
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    this._readableState[kState] &= ~kDataListening;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = ReflectApply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;

  if ((state[kState] & (kHasPaused | kPaused | kResumeScheduled)) ===
      (kHasPaused | kResumeScheduled)) {
    // resume() was called while 'readable' listeners were there.
    state.flowing = true;
  } else if ((state[kState] & kDataListening) !== 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

// resume(): flowing mode ('data' events), unless 'readable' listeners
// keep the stream paused.
Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

// Defined in readable_iterator.js (see pipe above).
Readable.prototype.wrap = undefined;
Readable.prototype.iterator = undefined;

// Emits the buffered chunks as 'data' while the stream stays flowing.
function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

// --- End ---------------------------------------------------------------------

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // Data unshifted meanwhile, an error or a close cancel the 'end'.
  if (!state.errored && !state.closeEmitted &&
      !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed when its writable side is done too.
      const wState = stream._writableState;
      const autoDestroy = !wState || (
        wState.autoDestroy &&
        (wState.finished || wState.writable === false)
      );
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded &&
    !stream.destroyed;
  if (writable) stream.end();
}

// --- Public state ------------------------------------------------------------

// A non-enumerable accessor over `_readableState`; `fallback` when the
// constructor has not run (undefined: the state is simply read).
function stateGetter(read, fallback) {
  return {
    __proto__: null,
    enumerable: false,
    get() {
      const state = this._readableState;
      if (fallback !== undefined && !state) return fallback;
      return read(state);
    },
  };
}

ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // r.readable is false for a Duplex built with readable: false.
      return !!r && r.readable !== false && !r.destroyed &&
        !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: stateGetter((r) => r.dataEmitted),
  readableAborted: stateGetter((r) => !!(
    r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted
  )),
  readableHighWaterMark: stateGetter((r) => r.highWaterMark),
  readableBuffer: stateGetter((r) => r && r.buffer),
  readableFlowing: {
    __proto__: null,
    ...stateGetter((r) => r.flowing),
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: stateGetter((r) => r.length),
  readableObjectMode: stateGetter((r) => r.objectMode, false),
  readableEncoding: stateGetter((r) => r.encoding, null),
  errored: stateGetter((r) => r.errored, null),
  closed: stateGetter((r) => r.closed, false),
  destroyed: {
    __proto__: null,
    ...stateGetter((r) => r.destroyed, false),
    set(value) {
      // Ignored until the state exists (the constructor may not have run).
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: stateGetter((r) => r.endEmitted, false),
});

module.exports = Readable;

// pipe/unpipe, the async iterator and wrap, Readable.from.
require('internal/streams/readable_pipe');
require('internal/streams/readable_iterator');
