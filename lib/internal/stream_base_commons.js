'use strict';

// What every JS stream over a libuv stream handle (net.Socket over TCP or
// Pipe, later TTY) shares: write requests and their completion, the read
// callback that pushes into the Readable side, and socket timeouts.
// The handle API is src/stream_wrap.cc's.

const {
  Array,
  ArrayBufferIsView,
  FunctionPrototypeBind,
  MathMin,
  ObjectDefineProperty,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  Symbol,
} = primordials;

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { isUint8Array } = require('internal/util/types');
const { ErrnoException } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { WriteWrap } = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');

// handle.fd, as node's stream handles have it: the descriptor, or -1.
for (const Handle of [internalBinding('tcp_wrap').TCP,
                      internalBinding('pipe_wrap').Pipe,
                      internalBinding('tty_wrap').TTY]) {
  ObjectDefineProperty(Handle.prototype, 'fd', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const fd = this.getFd();
      return fd >= 0 ? fd : -1;
    },
  });
}

// The JS object (net.Socket...) that owns a handle.
const owner_symbol = Symbol('owner_symbol');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kTimeout = Symbol('timeout');
const kSession = Symbol('session');
// The onread option of net.Socket: the user's buffer (or true with a
// generator), the generator, and the callback.
const kBuffer = Symbol('kBuffer');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');
const kPendingUserData = Symbol('kPendingUserData');

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

// Returns what the handle returned: bytes, or a negative errno.
function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer':
      if (!ArrayBufferIsView(data)) {
        // As node's native check words it.
        const err = new TypeError('Second argument must be a buffer');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      req.buffer = data;
      return handle.writeBuffer(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    default: {
      const buffer = Buffer.from(data, encoding);
      req.buffer = buffer;
      return handle.writeBuffer(req, buffer);
    }
  }
}

function afterWriteDispatched(req, ret, cb) {
  if (ret < 0) return cb(new ErrnoException(ret, 'write', req.error));
  req.bytes = ret;
  const handle = req.handle;
  if (handle.bytesWritten !== undefined) handle.bytesWritten += ret;
  if (!req.async && typeof req.callback === 'function') req.callback();
}

// A write request that completed at once (most writes: libuv tries the
// write before queueing it) is free again; the handle keeps it for its next
// write instead of making another native object each time.
const kIdleWriteReq = Symbol('kIdleWriteReq');

function writeGeneric(self, data, encoding, cb) {
  const handle = self._handle;
  let req = handle[kIdleWriteReq];
  if (req !== undefined) {
    handle[kIdleWriteReq] = undefined;
    req.callback = cb;
  } else {
    req = createWriteWrap(handle, cb);
  }
  const ret = handleWriteReq(req, data, encoding);
  afterWriteDispatched(req, ret, cb);
  if (!req.async) {
    req.buffer = null;
    req.callback = null;
    req.bytes = 0;
    handle[kIdleWriteReq] = req;
  }
  return req;
}

// data: [{ chunk, encoding }] from Writable, with data.allBuffers.
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self._handle, cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      let { chunk, encoding } = data[i];
      if (typeof chunk === 'string') {
        if (encoding === 'ascii') {
          encoding = 'latin1';
        } else if (encoding !== 'utf8' && encoding !== 'utf-8' &&
                   encoding !== 'latin1' && encoding !== 'binary') {
          chunk = Buffer.from(chunk, encoding);
        }
      }
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = encoding;
    }
  }
  // The handle reads the buffers in place until the write completes.
  req.buffer = chunks;
  const ret = req.handle.writev(req, chunks, !!allBuffers);
  afterWriteDispatched(req, ret, cb);
  return req;
}

// req.oncomplete(status) of an asynchronous write.
function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  this.buffer = null;
  if (stream === undefined || stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = new ErrnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

// handle.onread(nread, arrayBuffer, pendingHandle): `this` is the handle.
function onStreamRead(nread, arrayBuffer, pendingHandle) {
  const handle = this;
  const stream = handle[owner_symbol];
  stream[kUpdateTimer]();
  if (nread > 0 && !stream.destroyed) {
    handle.bytesRead += nread;
    const buf = new FastBuffer(arrayBuffer, 0, nread);
    if (stream[kBuffer]) {
      deliverToUserBuffer(stream, handle, buf);
      return;
    }
    if (!stream.push(buf)) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(new ErrnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }
  // End of the readable side: 'end' comes when the buffered data is read.
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

// The onread option: the bytes are copied into the user's buffer, as many
// times as it takes, each copy handed to the callback. When the callback
// pauses the socket (or returns false), the rest waits on the handle until
// reading starts again (deliverPendingUserData).
function deliverToUserBuffer(stream, handle, data) {
  let offset = 0;
  while (offset < data.length) {
    if (handle.reading === false || stream.destroyed) {
      handle[kPendingUserData] = TypedArrayPrototypeSubarray(data, offset);
      return;
    }
    let userBuf = stream[kBuffer];
    if (userBuf === true) {
      userBuf = stream[kBufferGen]();
      if (!isUint8Array(userBuf)) return;
    }
    const n = MathMin(userBuf.length, data.length - offset);
    TypedArrayPrototypeSet(userBuf, TypedArrayPrototypeSubarray(
      data, offset, offset + n));
    offset += n;
    if (stream[kBufferCb](n, userBuf) === false) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(new ErrnoException(err, 'read'));
      }
    }
    if (stream[kBufferGen] !== null && stream[kBuffer] !== true) {
      const next = stream[kBufferGen]();
      if (isUint8Array(next)) stream[kBuffer] = next;
    }
  }
}

// Called when reading starts again: what a paused onread left over comes
// first (on the next tick, as a read would).
function deliverPendingUserData(stream, handle) {
  const pending = handle[kPendingUserData];
  if (pending === undefined) return;
  handle[kPendingUserData] = undefined;
  process.nextTick(() => {
    if (handle[kPendingUserData] !== undefined) {
      // Paused again meanwhile: keep the older bytes first.
      handle[kPendingUserData] = Buffer.concat([pending,
                                                handle[kPendingUserData]]);
      return;
    }
    deliverToUserBuffer(stream, handle, pending);
  });
}

// An unref'ed timer (it never keeps the process alive).
function setUnrefTimeout(callback, after) {
  const { Timeout, unrefActive } = require('internal/timers');
  const timer = new Timeout(callback, after, undefined, false, false);
  unrefActive(timer);
  return timer;
}

// socket.setTimeout(msecs[, callback]).
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = require('internal/timers').getTimerDuration(msecs, 'msecs');
  const { clearTimeout } = require('internal/timers');
  clearTimeout(this[kTimeout]);
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setUnrefTimeout(FunctionPrototypeBind(this._onTimeout,
                                                           this), msecs);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

module.exports = {
  createWriteWrap,
  deliverPendingUserData,
  kAfterAsyncWrite,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kSession,
  kTimeout,
  kUpdateTimer,
  onStreamRead,
  owner_symbol,
  setStreamTimeout,
  setUnrefTimeout,
  writeGeneric,
  writevGeneric,
};
