'use strict';

// Tearing streams down and setting them up: destroy(err, cb) runs the
// user's _destroy and emits 'error' then 'close' a tick later;
// errorOrDestroy() is how the machinery reports an error it found;
// construct() runs _construct, which holds reads, writes and destruction
// back until it calls back; destroyer() ends any stream-like object (node
// streams, http messages, legacy emitters).

const {
  Symbol,
} = primordials;

const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_MULTIPLE_CALLBACK,
  },
} = require('internal/errors');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
} = require('internal/streams/utils');

// Emitted on the stream once _construct has called back: kConstruct when
// it may start, kDestroy when destroy() was called meanwhile.
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// The stream's states, writable side first; either may be undefined.
function statesOf(stream) {
  return [stream._writableState, stream._readableState];
}

function eitherDestroyed(w, r) {
  return !!((w && w.destroyed) || (r && r.destroyed));
}

// Keeps `err` as the error of each side that has none yet.
function recordError(err, w, r) {
  if (!err) return;
  // Read the stack now, while the frames that made the error exist.
  err.stack; // eslint-disable-line no-unused-expressions
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// Readable.prototype.destroy, and the base of Writable's.
function destroy(err, cb) {
  const { 0: w, 1: r } = statesOf(this);

  if (eitherDestroyed(w, r)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if ((w || r).constructed) {
    runDestroy(this, err, cb);
  } else {
    // Wait for _construct; its error comes first.
    this.once(kDestroy, function(constructError) {
      runDestroy(this, aggregateTwoErrors(constructError, err), cb);
    });
  }
  return this;
}

// Calls _destroy; the first call of its callback closes the stream.
function runDestroy(stream, err, cb) {
  let done = false;
  const onDestroyed = (error) => {
    if (done) return;
    done = true;

    const { 0: w, 1: r } = statesOf(stream);
    recordError(error, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;

    if (typeof cb === 'function') cb(error);

    if (error) {
      process.nextTick(emitErrorAndClose, stream, error);
    } else {
      process.nextTick(emitClose, stream);
    }
  };

  try {
    stream._destroy(err || null, onDestroyed);
  } catch (thrown) {
    onDestroyed(thrown);
  }
}

function emitErrorAndClose(stream, err) {
  emitError(stream, err);
  emitClose(stream);
}

function emitClose(stream) {
  const { 0: w, 1: r } = statesOf(stream);
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) stream.emit('close');
}

// 'error' is emitted at most once per stream.
function emitError(stream, err) {
  const { 0: w, 1: r } = statesOf(stream);
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  stream.emit('error', err);
}

// _undestroy(): makes a destroyed stream usable again.
function undestroy() {
  const { 0: w, 1: r } = statesOf(this);

  if (r) {
    const off = r.readable === false;
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = off;
    r.endEmitted = off;
  }

  if (w) {
    const off = w.writable === false;
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = off;
    w.ending = off;
    w.finished = off;
  }
}

// An error found by the machinery. A stream that autoDestroys is destroyed
// with it; another only records it and emits it (a tick later if `sync`).
function errorOrDestroy(stream, err, sync) {
  const { 0: w, 1: r } = statesOf(stream);
  if (eitherDestroyed(w, r)) return this;

  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
    return;
  }
  if (!err) return;
  recordError(err, w, r);
  if (sync) {
    process.nextTick(emitError, stream, err);
  } else {
    emitError(stream, err);
  }
}

// Runs stream._construct (if there is one) on the next tick; `onReady`
// runs once it succeeded. A Duplex calls this once for both sides.
function construct(stream, onReady) {
  if (typeof stream._construct !== 'function') return;

  const { 0: w, 1: r } = statesOf(stream);
  if (r) r.constructed = false;
  if (w) w.constructed = false;

  stream.once(kConstruct, onReady);
  if (stream.listenerCount(kConstruct) === 1) {
    process.nextTick(callConstruct, stream);
  }
}

function callConstruct(stream) {
  let settled = false;

  const settle = (err) => {
    if (settled) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    settled = true;

    const { 0: w, 1: r } = statesOf(stream);
    if (r) r.constructed = true;
    if (w) w.constructed = true;

    if ((w || r).destroyed) {
      stream.emit(kDestroy, err);
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      stream.emit(kConstruct);
    }
  };

  // Settled a tick after the callback (or the throw).
  try {
    stream._construct((err) => process.nextTick(settle, err));
  } catch (err) {
    process.nextTick(settle, err);
  }
}

// --- destroyer(): ending any stream-like object --------------------------------

function isRequest(stream) {
  return stream?.setHeader && typeof stream.abort === 'function';
}

function emitLegacyClose(stream) {
  stream.emit('close');
}

function emitLegacyErrorAndClose(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitLegacyClose, stream);
}

// stream.destroy(stream[, err]): an unfinished stream is destroyed with an
// AbortError when no error is given.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;

  if (!err && !isFinished(stream)) err = new AbortError();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitLegacyErrorAndClose, stream, err);
  } else {
    process.nextTick(emitLegacyClose, stream);
  }

  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
};
