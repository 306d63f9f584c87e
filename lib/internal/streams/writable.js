'use strict';

// Writable: the write side's state machine. write() hands one chunk at a
// time to _write (or the whole queue to _writev) and queues the others; it
// returns false past highWaterMark, and 'drain' follows once the queue is
// empty. cork()/uncork() batch writes. end() waits for the writes, runs
// _final, then emits 'prefinish' and 'finish' (and 'close' with
// autoDestroy). The state and its bit flags are in writable_state.js.

const {
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  FunctionPrototypeCall,
  FunctionPrototypeSymbolHasInstance,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  StringPrototypeToLowerCase,
  SymbolHasInstance,
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
  WritableState,
  nop,
  setOnWrite,
  resetBuffer,
  pushBuffered,
  addOnFinished,
  takeOnFinished,
  hasOnFinished,
  kBufferedValue,
  kSync,
  kNeedDrain,
  kEnding,
  kFinished,
  kDecodeStrings,
  kWriting,
  kBufferProcessing,
  kPrefinished,
  kAllBuffers,
  kAllNoop,
  kBuffered,
  kEnded,
  kAfterWritePending,
  kCorked,
} = require('internal/streams/writable_state');
const { chunkToBuffer } = require('internal/streams/utils');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { SymbolAsyncDispose: kAsyncDispose } = require('internal/util');

const { errorOrDestroy } = destroyImpl;

let Duplex;
let eos;

const has = (state, flags) => (state[kState] & flags) !== 0;
const chunkLength = (state, chunk) => (has(state, kObjectMode) ? 1 : chunk.length);

// The implementation functions an options object may carry, in the order
// they are installed.
const kImplementations = [
  ['write', '_write'],
  ['writev', '_writev'],
  ['destroy', '_destroy'],
  ['final', '_final'],
  ['construct', '_construct'],
];

// A function, not a class: legacy subclasses call Writable.call(this).
function Writable(options) {
  Duplex ??= require('internal/streams/duplex');
  const isDuplex = this instanceof Duplex;

  // `instanceof Writable` is true for anything with a WritableState (see
  // Symbol.hasInstance below); constructing needs the real prototype.
  if (!isDuplex && !FunctionPrototypeSymbolHasInstance(Writable, this)) {
    return new Writable(options);
  }

  // The events, in a fixed shape (EventEmitter's shape mode).
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };
  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    for (let i = 0; i < kImplementations.length; i++) {
      const { 0: option, 1: method } = kImplementations[i];
      if (typeof options[option] === 'function') this[method] = options[option];
    }
    if (options.signal) {
      require('internal/streams/add-abort-signal')
        .addAbortSignal(options.signal, this);
    }
  }

  FunctionPrototypeCall(Stream, this, options);

  destroyImpl.construct(this, () => {
    this._writableState[kOnConstructed](this);
  });
}
ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;

// Once _construct has called back: what was written meanwhile goes out,
// and an end() meanwhile can finish.
WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (!has(this, kWriting)) flushQueue(stream, this);
  maybeFinish(stream, this);
};

// A Duplex is a Writable too, though it does not inherit from it.
ObjectDefineProperty(Writable, SymbolHasInstance, {
  __proto__: null,
  value: function(object) {
    if (FunctionPrototypeSymbolHasInstance(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

// A Writable is no pipe source.
Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// --- Writing -------------------------------------------------------------------

// Validates one write and starts or queues it. Returns whether there is
// room for more (true/false), or, after end() or destroy(), the error
// given to the callback.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();

  // Object mode takes any value as is, with whatever encoding was given.
  if (!has(state, kObjectMode)) {
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof chunk !== 'string') {
      const bytes = chunkToBuffer(chunk);
      if (bytes === undefined) {
        throw new ERR_INVALID_ARG_TYPE(
          'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      chunk = bytes;
      encoding = 'buffer';
    } else if (has(state, kDecodeStrings)) {
      chunk = Buffer.from(chunk, encoding);
      encoding = 'buffer';
    }
  }

  const refusal = has(state, kEnding) ? new ERR_STREAM_WRITE_AFTER_END() :
    has(state, kDestroyed) ? new ERR_STREAM_DESTROYED('write') : null;
  if (refusal !== null) {
    process.nextTick(cb, refusal);
    errorOrDestroy(stream, refusal, true);
    return refusal;
  }

  state.pendingcb++;
  const len = chunkLength(state, chunk);
  state.length += len;

  const canStart = (state[kState] &
    (kWriting | kErrored | kCorked | kConstructed)) === kConstructed;
  if (canStart) {
    callWrite(stream, state, len, chunk, encoding, cb);
  } else {
    pushBuffered(state, { chunk, encoding, callback: cb });
    if (encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if (cb !== nop) state[kState] &= ~kAllNoop;
  }

  // Measured after _write: a write done synchronously leaves room (and an
  // empty stream always has room).
  const room = state.length < state.highWaterMark || state.length === 0;
  if (!room) state[kState] |= kNeedDrain;
  // False after an error or destroy, to end `while (write())` loops.
  return room && !has(state, kErrored | kDestroyed);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return writeChunk(this, chunk, encoding, cb) === true;
};

// Hands one chunk (or, for _writev, the array of queued entries) to the
// implementation; state.onwrite is its callback.
function callWrite(stream, state, len, chunk, encoding, cb, writev = false) {
  state.writelen = len;
  state.writecb = cb;
  state[kState] |= kWriting | kSync;
  if (has(state, kDestroyed)) {
    state.onwrite(new ERR_STREAM_DESTROYED('write'));
  } else if (writev) {
    stream._writev(chunk, state.onwrite);
  } else {
    stream._write(chunk, encoding, state.onwrite);
  }
  state[kState] &= ~kSync;
}

// While corked, writes are only queued; uncorking as often as corked lets
// the queue go out (to _writev, when there is one).
Writable.prototype.cork = function() {
  const state = this._writableState;
  state.corked++;
  state[kState] |= kCorked;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (!state.corked) return;
  if (--state.corked === 0) state[kState] &= ~kCorked;
  if (!has(state, kWriting)) flushQueue(this, state);
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = StringPrototypeToLowerCase(encoding);
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// The callback the implementation gets (bound to the stream as
// state.onwrite). Called twice, it is ERR_MULTIPLE_CALLBACK.
function onwrite(stream, er) {
  const state = stream._writableState;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  const sync = has(state, kSync);

  state[kState] &= ~kWriting;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    writeFailed(stream, state, er, cb, sync);
  } else {
    writeSucceeded(stream, state, cb, sync);
  }
}
setOnWrite(onwrite);

function writeFailed(stream, state, er, cb, sync) {
  er.stack; // eslint-disable-line no-unused-expressions
  if (!state.errored) state.errored = er;
  // The readable side of a Duplex fails with it too.
  const rState = stream._readableState;
  if (rState && !rState.errored) rState.errored = er;

  if (sync) {
    process.nextTick(reportWriteError, stream, state, er, cb);
  } else {
    reportWriteError(stream, state, er, cb);
  }
}

// The write's callback gets the error first, then the queued writes and
// end()'s callbacks, then the stream.
function reportWriteError(stream, state, er, cb) {
  state.pendingcb--;
  cb(er);
  failQueue(state);
  errorOrDestroy(stream, er);
}

function writeSucceeded(stream, state, cb, sync) {
  if (has(state, kBuffered)) flushQueue(stream, state);

  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }

  // The callback must not run synchronously; it runs on a tick, where
  // 'drain' is emitted too. A no-op callback needs that tick only for
  // 'drain' — and, in node 20, always in object mode: its check reads the
  // objectMode bit where it means `destroyed`. Event order depends on it,
  // so this does the same. Consecutive writes with the same callback share
  // one tick.
  const drainDue = has(state, kNeedDrain) && state.length === 0;
  const tickNeeded = drainDue || has(state, kObjectMode) || cb !== nop;
  const info = state.afterWriteTickInfo;

  if (cb !== nop && info !== null && info.cb === cb) {
    info.count++;
  } else if (tickNeeded && (cb !== nop || !has(state, kAfterWritePending))) {
    state[kState] |= kAfterWritePending;
    if (cb === nop) {
      process.nextTick(afterWrite, stream, state, 1, cb);
    } else {
      state.afterWriteTickInfo = { count: 1, cb, stream, state };
      process.nextTick(afterWriteTick, state.afterWriteTickInfo);
    }
  } else {
    // Nothing to wait for.
    state.pendingcb--;
    if (has(state, kEnding)) maybeFinish(stream, state, true);
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;

  if ((state[kState] & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain &&
      state.length === 0) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }

  for (; count > 0; count--) {
    state.pendingcb--;
    cb(null);
  }

  if (has(state, kDestroyed)) failQueue(state);

  // 'finish' comes a tick after the last write callback.
  maybeFinish(stream, state, true);
}

// After destroy() or an error: every queued write and end() callback gets
// the error (or ERR_STREAM_DESTROYED). Waits while a write is in progress.
function failQueue(state) {
  if (has(state, kWriting)) return;

  if (has(state, kBuffered)) {
    const queue = state[kBufferedValue];
    for (let n = state.bufferedIndex; n < queue.length; n++) {
      const { chunk, callback } = queue[n];
      state.length -= chunkLength(state, chunk);
      callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
    }
  }

  const endCallbacks = takeOnFinished(state);
  for (let i = 0; i < endCallbacks.length; i++) {
    endCallbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }

  resetBuffer(state);
}

// Sends the queue out: all at once to _writev, or chunk by chunk to _write
// until one of them completes asynchronously.
function flushQueue(stream, state) {
  if (state.corked || !has(state, kBuffered) ||
      (state[kState] & (kDestroyed | kBufferProcessing | kConstructed)) !==
      kConstructed) {
    return;
  }
  const queue = state[kBufferedValue];
  const start = state.bufferedIndex;
  const count = queue.length - start;
  if (count === 0) return;

  state[kState] |= kBufferProcessing;
  if (count > 1 && stream._writev) {
    flushAsWritev(stream, state, queue, start, count);
  } else {
    flushOneByOne(stream, state, queue, start);
  }
  state[kState] &= ~kBufferProcessing;
}

function flushAsWritev(stream, state, queue, start, count) {
  // The whole batch holds a single pending callback.
  state.pendingcb -= count - 1;

  const allNoop = has(state, kAllNoop);
  const callback = allNoop ? nop : (err) => {
    for (let n = start; n < queue.length; n++) queue[n].callback(err);
  };
  // The entries handed to _writev; a copy when `callback` reads the queue.
  const entries = allNoop && start === 0 ? queue : ArrayPrototypeSlice(queue, start);
  entries.allBuffers = has(state, kAllBuffers);

  callWrite(stream, state, state.length, entries, '', callback, true);
  resetBuffer(state);
}

function flushOneByOne(stream, state, queue, start) {
  let next = start;
  do {
    const { chunk, encoding, callback } = queue[next];
    queue[next++] = null;
    callWrite(stream, state, chunkLength(state, chunk), chunk, encoding, callback);
  } while (next < queue.length && !has(state, kWriting));

  if (next === queue.length) {
    resetBuffer(state);
  } else if (next > 256) {
    // Drop the written slots once in a while.
    ArrayPrototypeSplice(queue, 0, next);
    state.bufferedIndex = 0;
  } else {
    state.bufferedIndex = next;
  }
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (!this._writev) throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  this._writev([{ chunk, encoding }], cb);
};

Writable.prototype._writev = null;

// --- Ending --------------------------------------------------------------------

// end([chunk[, encoding]][, cb]): writes the last chunk, then finishes once
// every write is done. cb gets null on 'finish', or the error that ends
// the stream otherwise.
Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const written = writeChunk(this, chunk, encoding);
    if (written instanceof Error) err = written;
  }

  // end() uncorks completely.
  if (has(state, kCorked)) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The last write failed: that is end()'s error.
  } else if (!has(state, kEnding | kErrored)) {
    // `ending` before maybeFinish (it only finishes ending streams);
    // `ended` after it, as node sets them.
    state[kState] |= kEnding;
    maybeFinish(this, state, true);
    state[kState] |= kEnded;
  } else if (has(state, kFinished)) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (has(state, kDestroyed)) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb !== 'function') return this;
  if (err) {
    process.nextTick(cb, err);
  } else if (has(state, kErrored)) {
    // It failed meanwhile (a synchronous _final, an earlier write).
    process.nextTick(cb, state.errored);
  } else if (has(state, kFinished)) {
    process.nextTick(cb, null);
  } else {
    addOnFinished(state, cb);
  }
  return this;
};

// Ending, with nothing written, queued or in progress, and not failed,
// destroyed or already finished.
function readyToFinish(state) {
  const blocking = kDestroyed | kFinished | kWriting | kErrorEmitted |
    kCloseEmitted | kErrored | kBuffered;
  return (state[kState] & (kEnding | kConstructed | blocking)) ===
    (kEnding | kConstructed) && state.length === 0;
}

// Runs _final once; 'prefinish' follows its success, and 'finish' a tick
// later.
function runFinal(stream, state) {
  const done = (err) => {
    // Called again after a success (node tells by 'prefinish' having been
    // emitted).
    if (has(state, kPrefinished)) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    state.pendingcb--;
    if (err) {
      const endCallbacks = takeOnFinished(state);
      for (let i = 0; i < endCallbacks.length; i++) endCallbacks[i](err);
      errorOrDestroy(stream, err, has(state, kSync));
    } else if (readyToFinish(state)) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  };

  state[kState] |= kSync;
  state.pendingcb++;
  try {
    stream._final(done);
  } catch (err) {
    done(err);
  }
  state[kState] &= ~kSync;
}

function prefinish(stream, state) {
  if (has(state, kPrefinished) || state.finalCalled) return;
  state.finalCalled = true;
  if (typeof stream._final === 'function' && !has(state, kDestroyed)) {
    runFinal(stream, state);
  } else {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
  }
}

// Emits 'finish' when the stream is ready to, once no callback is pending:
// on a later tick when `sync`, at once otherwise.
function maybeFinish(stream, state, sync) {
  if (!readyToFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishIfStillReady, stream, state);
  } else if (readyToFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishIfStillReady(stream, state) {
  if (readyToFinish(state)) {
    finish(stream, state);
  } else {
    state.pendingcb--;
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  const endCallbacks = takeOnFinished(state);
  for (let i = 0; i < endCallbacks.length; i++) endCallbacks[i](null);

  stream.emit('finish');

  if (!state.autoDestroy) return;
  // A Duplex waits for its readable side too.
  const rState = stream._readableState;
  if (!rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) {
    stream.destroy();
  }
}

// --- Public state --------------------------------------------------------------

// An accessor reading `_writableState`, with `fallback` when there is none.
function stateGetter(read, fallback) {
  return {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state ? read(state) : fallback;
    },
  };
}

ObjectDefineProperties(Writable.prototype, {
  closed: stateGetter((s) => s.closed, false),
  destroyed: {
    __proto__: null,
    get() {
      const state = this._writableState;
      return state ? state.destroyed : false;
    },
    set(value) {
      // Only once the state exists (the constructor may not have run yet).
      const state = this._writableState;
      if (state) state.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      // w.writable is false for a Duplex built with writable: false.
      return !!w && w.writable !== false && !w.destroyed && !w.errored &&
        !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: stateGetter((s) => s.finished, false),
  writableObjectMode: stateGetter((s) => s.objectMode, false),
  writableBuffer: stateGetter((s) => s.getBuffer(), undefined),
  writableEnded: stateGetter((s) => s.ending, false),
  writableNeedDrain: stateGetter(
    (s) => (s[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain, false),
  writableHighWaterMark: stateGetter((s) => s.highWaterMark, undefined),
  writableCorked: stateGetter((s) => s.corked, 0),
  writableLength: stateGetter((s) => s.length, undefined),
  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      const state = this._writableState;
      return state ? state.errored : null;
    },
  },
  writableAborted: {
    __proto__: null,
    enumerable: false,
    get: function() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

// --- Destruction ---------------------------------------------------------------

const destroy = destroyImpl.destroy;

// Also fails the queued writes and end() callbacks, a tick later.
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  if (!state.destroyed && (has(state, kBuffered) || hasOnFinished(state))) {
    process.nextTick(failQueue, state);
  }
  FunctionPrototypeCall(destroy, this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.prototype[kAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new AbortError();
    this.destroy(error);
  }
  eos ??= require('internal/streams/end-of-stream');
  return new Promise((resolve, reject) => eos(this, (err) => {
    if (err && err !== error) reject(err);
    else resolve(null);
  }));
};

let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}

// Writable.fromWeb/toWeb: the bridges of internal/webstreams/adapters.js.
Writable.fromWeb = function(writableStream, options) {
  return lazyWebAdapters().newStreamWritableFromWritableStream(writableStream,
                                                               options);
};

Writable.toWeb = function(streamWritable) {
  return lazyWebAdapters().newWritableStreamFromStreamWritable(streamWritable);
};

module.exports = Writable;
