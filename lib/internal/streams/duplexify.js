'use strict';

// Duplex.from(body): a Duplex out of what pipeline() and compose() accept
// as a stage — a node stream (wrapped as the side it has), an async
// generator function (the written chunks are its argument, what it yields
// is read), an iterable (read only), a promise (its value is read), a Blob
// or a { readable, writable } pair.

const {
  FunctionPrototypeCall,
} = primordials;

const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');
const {
  createBridge,
  dropWaiters,
  forwardReads,
  forwardWrites,
  innerClosed,
  release,
} = require('internal/streams/duplex_bridge');
const { createDeferredPromise } = require('internal/util');

let AbortController;

// A Duplex whose sides can be switched off at construction.
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options?.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  }
}

function isBlob(value) {
  return typeof value?.arrayBuffer === 'function' &&
    typeof value.stream === 'function' &&
    typeof value.slice === 'function' &&
    typeof value.size === 'number';
}

const kAcceptedBodies = ['Blob', 'ReadableStream', 'WritableStream', 'Stream',
                         'Iterable', 'AsyncIterable', 'Function',
                         '{ readable, writable } pair', 'Promise'];

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return bridgeStreams(body, undefined);
  if (isWritableNodeStream(body)) return bridgeStreams(undefined, body);
  if (isNodeStream(body)) return bridgeStreams(undefined, undefined);

  if (typeof body === 'function') return fromFunction(body, name);

  // Web streams, before the iterables (a ReadableStream is one).
  if (isReadableStream(body)) {
    return bridgeStreams(Readable.fromWeb(body), undefined);
  }
  if (isWritableStream(body)) {
    return bridgeStreams(undefined, Writable.fromWeb(body));
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer());

  if (isIterable(body)) {
    return from(Duplexify, body, { objectMode: true, writable: false });
  }

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const r = body.readable;
    const w = body.writable;
    return bridgeStreams(
      r ? (isReadableNodeStream(r) ? r : duplexify(r)) : undefined,
      w ? (isWritableNodeStream(w) ? w : duplexify(w)) : undefined);
  }

  const then = body?.then;
  if (typeof then === 'function') {
    // The promise's value (if any) is the only chunk.
    const d = new Duplexify({ objectMode: true, writable: false, read() {} });
    FunctionPrototypeCall(then, body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(name, kAcceptedBodies, body);
}

// An async generator function (or an async function) applied to the
// chunks written to the Duplex.
function fromFunction(fn, name) {
  const { value, write, final, destroy } = callWithWrites(fn);

  if (isDuplexNodeStream(value)) return value;

  if (isIterable(value)) {
    return from(Duplexify, value, { objectMode: true, write, final, destroy });
  }

  const then = value?.then;
  if (typeof then === 'function') {
    // An async function: write only; it must resolve to nothing.
    let d;
    const settled = FunctionPrototypeCall(then, value, (val) => {
      if (val != null) {
        throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
      }
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({
      objectMode: true,
      readable: false,
      write,
      final(cb) {
        // The Duplex finishes when the function has returned.
        final(async () => {
          try {
            await settled;
            process.nextTick(cb, null);
          } catch (err) {
            process.nextTick(cb, err);
          }
        });
      },
      destroy,
    });
    return d;
  }

  throw new ERR_INVALID_RETURN_VALUE(
    'Iterable, AsyncIterable or AsyncFunction', name, value);
}

// Calls fn with an async iterable of written chunks (and an abort signal).
// A write completes when fn takes its chunk; final() ends the iterable.
function callWithWrites(fn) {
  AbortController ??= require('internal/abort_controller').AbortController;
  const controller = new AbortController();
  const signal = controller.signal;
  // The next write (or the end) arrives by resolving `arrival`.
  let arrival;
  let resolveArrival;
  const expectNext = () => {
    ({ promise: arrival, resolve: resolveArrival } = createDeferredPromise());
  };
  expectNext();

  async function* writtenChunks() {
    for (;;) {
      const current = arrival;
      arrival = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) {
        throw new AbortError(undefined, { cause: signal.reason });
      }
      expectNext();
      yield chunk;
    }
  }

  const value = fn(writtenChunks(), { signal });

  const deliver = (message) => {
    const resolve = resolveArrival;
    resolveArrival = null;
    resolve(message);
  };
  return {
    value,
    write(chunk, encoding, cb) {
      deliver({ chunk, done: false, cb });
    },
    final(cb) {
      deliver({ done: true, cb });
    },
    destroy(err, cb) {
      controller.abort();
      cb(err);
    },
  };
}

// A Duplex that writes to `w` and reads from `r` (either may be missing;
// an old-style readable is wrapped first). It fails when either does, and
// destroying it destroys both.
function bridgeStreams(readableSide, writableSide) {
  const r = readableSide && typeof readableSide.read !== 'function' ?
    Readable.wrap(readableSide) : readableSide;
  const w = writableSide;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  const bridge = createBridge();

  const d = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      innerClosed(d, bridge, err);
    });
    forwardWrites(d, w, bridge);
    w.on('finish', function() {
      release(bridge, 'onfinish');
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      innerClosed(d, bridge, err);
    });
    forwardReads(d, r, bridge);
  }

  d._destroy = function(err, callback) {
    if (!err && bridge.onclose !== null) err = new AbortError();
    dropWaiters(bridge);
    if (bridge.onclose === null) {
      callback(err);
    } else {
      bridge.onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = duplexify;
