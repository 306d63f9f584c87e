'use strict';

// Writable: the write side's state machine — write() hands one chunk at a
// time to _write (or the whole queue to _writev), queues the rest, returns
// false past highWaterMark and emits 'drain' once the queue empties; cork()
// and uncork(); end() runs _final, then 'prefinish', 'finish', and with
// autoDestroy 'close'. The state is in writable_state.js.

const {
  ArrayPrototypeSlice,
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

// A function, not a class: legacy subclasses call Writable.call(this).
function Writable(options) {
  Duplex ??= require('internal/streams/duplex');
  const isDuplex = this instanceof Duplex;

  // instanceof Writable is true for any stream with a WritableState (see
  // Symbol.hasInstance below); construction needs the real prototype.
  if (!isDuplex && !FunctionPrototypeSymbolHasInstance(Writable, this)) {
    return new Writable(options);
  }

  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };

  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
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

// Runs when _construct has called back: the writes queued meanwhile go out,
// and an end() meanwhile finishes.
WritableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kWriting) === 0) clearBuffer(stream, this);
  finishMaybe(stream, this);
};
ObjectSetPrototypeOf(Writable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;

// A Duplex is a Writable too, though it does not inherit from it.
ObjectDefineProperty(Writable, SymbolHasInstance, {
  __proto__: null,
  value: function(object) {
    if (FunctionPrototypeSymbolHasInstance(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

// A Writable cannot be a pipe's source.
Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// Validates and normalizes one write; returns true/false (room left) or
// the error that write-after-end or write-after-destroy produced.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if ((state[kState] & kObjectMode) === 0) {
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (typeof chunk === 'string') {
      if ((state[kState] & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else {
      const buffer = chunkToBuffer(chunk);
      if (buffer === undefined) {
        throw new ERR_INVALID_ARG_TYPE(
          'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
      chunk = buffer;
      encoding = 'buffer';
    }
  }

  let err;
  if ((state[kState] & kEnding) !== 0) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('write');
  }

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

// While corked, writes are only queued; the last uncork() hands the queue
// to _writev (or _write one by one).
Writable.prototype.cork = function() {
  const state = this._writableState;
  state.corked++;
  state[kState] |= kCorked;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= ~kCorked;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = StringPrototypeToLowerCase(encoding);
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Hands the chunk to _write now if nothing else is in progress, else queues
// it. The return value tells the caller whether to go on writing.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;

  state.length += len;

  if ((state[kState] & (kWriting | kErrored | kCorked | kConstructed)) !==
      kConstructed) {
    pushBuffered(state, { chunk, encoding, callback });
    if (encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if (callback !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state[kState] |= kWriting | kSync;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }

  // Measured after _write: a write that completed synchronously leaves
  // room (node's rule; an empty queue always has room).
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;

  // False once errored or destroyed, to break `while (write())` loops.
  return ret && (state[kState] & (kErrored | kDestroyed)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state[kState] |= kWriting | kSync;
  if ((state[kState] & kDestroyed) !== 0) {
    state.onwrite(new ERR_STREAM_DESTROYED('write'));
  } else if (writev) {
    stream._writev(chunk, state.onwrite);
  } else {
    stream._write(chunk, encoding, state.onwrite);
  }
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;

  cb(er);
  // The queued writes fail with the same error, and so does end()'s
  // callback.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback _write gets (bound to the stream as state.onwrite).
function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = (state[kState] & kSync) !== 0;
  const cb = state.writecb;

  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }

  state[kState] &= ~kWriting;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions

    if (!state.errored) state.errored = er;

    // A Duplex whose write failed cannot be read from either.
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }

    if (sync) {
      process.nextTick(onwriteError, stream, state, er, cb);
    } else {
      onwriteError(stream, state, er, cb);
    }
  } else {
    if ((state[kState] & kBuffered) !== 0) clearBuffer(stream, state);

    if (sync) {
      // The callback must not run synchronously. A no-op callback needs a
      // tick only for 'drain' or a destroy; the callbacks of consecutive
      // writes with the same callback share one tick.
      // node 20 also always takes the tick for object-mode streams (its
      // test reads the objectMode bit where it means `destroyed`); the
      // order of events depends on it, so do the same.
      const needDrain = (state[kState] & kNeedDrain) !== 0 && state.length === 0;
      const needTick = needDrain || (state[kState] & kObjectMode) !== 0 ||
        cb !== nop;
      if (cb === nop) {
        if ((state[kState] & kAfterWritePending) === 0 && needTick) {
          state[kState] |= kAfterWritePending;
          process.nextTick(afterWrite, stream, state, 1, cb);
        } else {
          state.pendingcb--;
          if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
        }
      } else {
        const info = state.afterWriteTickInfo;
        if (info !== null && info.cb === cb) {
          info.count++;
        } else if (needTick) {
          state.afterWriteTickInfo = { count: 1, cb, stream, state };
          state[kState] |= kAfterWritePending;
          process.nextTick(afterWriteTick, state.afterWriteTickInfo);
        } else {
          state.pendingcb--;
          if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
        }
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}
setOnWrite(onwrite);

function afterWriteTick({ stream, state, count, cb }) {
  state.afterWriteTickInfo = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  const needDrain = (state[kState] & (kEnding | kNeedDrain)) === kNeedDrain &&
    !stream.destroyed && state.length === 0;
  if (needDrain) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }

  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }

  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);

  // 'finish' comes a tick after the last write callback.
  finishMaybe(stream, state, true);
}

// Fails every queued write and end() callback (after destroy or an error).
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;

  if ((state[kState] & kBuffered) !== 0) {
    const buffered = state[kBufferedValue];
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const { chunk, callback } = buffered[n];
      const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
    }
  }

  const onfinishCallbacks = takeOnFinished(state);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }

  resetBuffer(state);
}

// Hands the queue to _writev, or its chunks to _write one at a time until
// one of them completes asynchronously.
function clearBuffer(stream, state) {
  if (state.corked ||
      (state[kState] & (kDestroyed | kBufferProcessing | kConstructed)) !==
      kConstructed ||
      (state[kState] & kBuffered) === 0) {
    return;
  }

  const objectMode = (state[kState] & kObjectMode) !== 0;
  const buffered = state[kBufferedValue];
  const bufferedIndex = state.bufferedIndex;
  const bufferedLength = buffered.length - bufferedIndex;

  if (!bufferedLength) return;

  let i = bufferedIndex;

  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    // One pending callback stands for all the chunks.
    state.pendingcb -= bufferedLength - 1;

    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) {
        buffered[n].callback(err);
      }
    };
    const chunks = (state[kState] & kAllNoop) !== 0 && i === 0 ?
      buffered : ArrayPrototypeSlice(buffered, i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;

    doWrite(stream, state, true, state.length, chunks, '', callback);

    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      // Drop the written slots now and then.
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

// end([chunk[, encoding]][, cb]): writes the last chunk, then finishes once
// everything is written. cb gets the error if the stream fails first.
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

  if (chunk !== null && chunk !== undefined) {
    const ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write failed: that error is end()'s.
  } else if (!state.errored && (state[kState] & kEnding) === 0) {
    // Set ending before finishMaybe: it finishes only ending streams. ended
    // is set after it (node's order; readers of `ended` rely on it).
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if ((state[kState] & kErrored) !== 0) {
      // Failed meanwhile (e.g. in a synchronous _final).
      process.nextTick(cb, state.errored);
    } else if ((state[kState] & kFinished) !== 0) {
      process.nextTick(cb, null);
    } else {
      addOnFinished(state, cb);
    }
  }

  return this;
};

function needFinish(state) {
  return ((state[kState] & (kEnding | kDestroyed | kConstructed | kFinished |
                             kWriting | kErrorEmitted | kCloseEmitted |
                             kErrored | kBuffered)) === (kEnding | kConstructed) &&
          state.length === 0);
}

function callFinal(stream, state) {
  function onFinish(err) {
    // A second call after a successful one (node tells them apart by
    // 'prefinish' having been emitted).
    if ((state[kState] & kPrefinished) !== 0) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }

    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = takeOnFinished(state);
      for (let i = 0; i < onfinishCallbacks.length; i++) {
        onfinishCallbacks[i](err);
      }
      errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
    } else if (needFinish(state)) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      // 'finish' on the next tick, counted as pending meanwhile.
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }

  state[kState] |= kSync;
  state.pendingcb++;

  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }

  state[kState] &= ~kSync;
}

// 'prefinish', after _final if there is one.
function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      state.finalCalled = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick((stream, state) => {
          if (needFinish(state)) {
            finish(stream, state);
          } else {
            state.pendingcb--;
          }
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  const onfinishCallbacks = takeOnFinished(state);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](null);
  }

  stream.emit('finish');

  if (state.autoDestroy) {
    // A Duplex is destroyed when its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState || (
      rState.autoDestroy &&
      (rState.endEmitted || rState.readable === false)
    );
    if (autoDestroy) stream.destroy();
  }
}

ObjectDefineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      // Only once the state exists (the constructor may not have run yet).
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      // A Duplex made not writable has w.writable === false.
      return !!w && w.writable !== false && !w.destroyed && !w.errored &&
        !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    __proto__: null,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const wState = this._writableState;
      if (!wState) return false;
      return !wState.destroyed && !wState.ending && wState.needDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this._writableState?.highWaterMark; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    __proto__: null,
    get() { return this._writableState?.length; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    __proto__: null,
    enumerable: false,
    get: function() {
      return !!(
        this._writableState.writable !== false &&
        (this._writableState.destroyed || this._writableState.errored) &&
        !this._writableState.finished
      );
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;

  // Queued writes and end() callbacks fail, a tick later.
  if (!state.destroyed &&
      ((state[kState] & kBuffered) !== 0 || hasOnFinished(state))) {
    process.nextTick(errorBuffer, state);
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

module.exports = Writable;
