'use strict';

// The chunk loop every zlib and brotli stream shares (ZlibBase): it feeds a
// chunk to the engine (src/zlib.cc) — on the thread pool, or at once for the
// Sync forms — collects each filled output buffer, and calls the engine
// again while it has more to give. lib/zlib.js builds the streams on it.

const {
  ArrayPrototypePush,
  NumberIsFinite,
  NumberIsNaN,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  ReflectApply,
  Symbol,
} = primordials;

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const { deprecate } = require('internal/util');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_OUT_OF_RANGE,
  },
  genericNodeError,
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = internalBinding('zlib').constants;

// An empty chunk written by flush() carries its flush kind under this key.
const kFlushFlag = Symbol('kFlushFlag');
// The error the engine reported, thrown by the Sync forms.
const kError = Symbol('kError');
// The chunk being processed asynchronously: { chunk, callback, inOff,
// availInBefore, availOutBefore, flushFlag }.
const kPending = Symbol('kPending');

// Flush kinds from weakest to strongest, so that the last chunk's own kind
// and finishFlush combine into the stronger one (brotli's operations map
// onto the same numbers in the same order).
const kFlushOrder = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH,
                     Z_FULL_FLUSH, Z_FINISH];
const kFlushRank = [];
for (let i = 0; i < kFlushOrder.length; i++) kFlushRank[kFlushOrder[i]] = i;
// (An unknown kind `a` ranks below every known one.)
function strongerFlush(a, b) {
  return kFlushRank[a] > kFlushRank[b] ? a : b;
}

const kFlushBuffers = [];
for (const kind of [Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH,
                    Z_FINISH, Z_BLOCK]) {
  kFlushBuffers[kind] = Buffer.alloc(0);
  kFlushBuffers[kind][kFlushFlag] = kind;
}

const zlibFlushes = {
  flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH,
  min: Z_NO_FLUSH, max: Z_BLOCK,
};
const brotliFlushes = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
  min: BROTLI_OPERATION_PROCESS,
  max: BROTLI_OPERATION_EMIT_METADATA,
};

function zlibAssert(ok, message) {
  if (!ok) throw new ERR_INTERNAL_ASSERTION(message);
}

// false for "use the default" (undefined, NaN); true for a finite number;
// throws for anything else.
function isFiniteOption(value, name) {
  if (value === undefined) return false;
  if (NumberIsFinite(value)) return true;
  if (NumberIsNaN(value)) return false;
  validateNumber(value, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

function rangeOrDefault(value, name, lower, upper, def) {
  if (!isFiniteOption(value, name)) return def;
  if (value < lower || value > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

// --- the engine's results ---------------------------------------------------

function engineError(self, failure) {
  const [message, errno, code] = failure;
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

function closeHandle(self) {
  const handle = self._handle;
  if (!handle) return;
  handle.close();
  self._handle = null;
}

// Processes `chunk` with the engine on the pool; `callback` runs when all
// of it is consumed (or the stream ended early). Output that does not fit
// in the readable buffer waits until the reader asks for more.
function processChunk(self, chunk, flushFlag, callback) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(callback);
    return;
  }
  zlibAssert(!self[kPending], 'write already in progress');
  const pending = {
    chunk,
    callback,
    inOff: 0,
    availInBefore: chunk.byteLength,
    availOutBefore: self._chunkSize - self._outOffset,
    flushFlag,
  };
  self[kPending] = pending;
  handle.write(flushFlag | 0, chunk, 0, pending.availInBefore,
               self._outBuffer, self._outOffset >>> 0,
               pending.availOutBefore >>> 0);
}

function onChunkDone(message, errno, code) {
  const handle = this;
  const self = handle.owner;
  const pending = self[kPending];
  if (message !== undefined) {
    self[kPending] = null;
    engineError(self, [message, errno, code]);
    return;
  }
  if (self.destroyed) {
    self[kPending] = null;
    pending.callback();
    return;
  }
  const state = self._writeState;
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const consumed = pending.availInBefore - availInAfter;
  self.bytesWritten += consumed;

  const have = pending.availOutBefore - availOutAfter;
  let readerFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    readerFull = !self.push(out);
  }
  if (self.destroyed) {
    self[kPending] = null;
    pending.callback();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    pending.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }
  if (availOutAfter === 0) {
    // The output buffer filled up: the engine has more for this chunk.
    pending.inOff += consumed;
    pending.availInBefore = availInAfter;
    const again = () => {
      if (self.destroyed) {
        self[kPending] = null;
        pending.callback();
        return;
      }
      handle.write(pending.flushFlag | 0, pending.chunk, pending.inOff,
                   pending.availInBefore, self._outBuffer,
                   self._outOffset >>> 0, pending.availOutBefore >>> 0);
    };
    if (!readerFull) {
      again();
    } else {
      // Backpressure: continue when the reader wants more.
      const read = self._read;
      self._read = (n) => {
        self._read = read;
        again();
        self._read(n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Output room but input left over: the compressed stream ended before
    // the input did (only gunzip/unzip look for more members).
    self.push(null);
  }
  self[kPending] = null;
  pending.callback();
}

// Processes `chunk` at once and returns its whole output; closes the engine.
function processChunkSync(self, chunk, flushFlag) {
  zlibAssert(!self[kPending], 'write already in progress');
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', (er) => { error = er; });

  for (;;) {
    // Numbers reach the engine as uint32 (a fractional chunkSize counts
    // whole bytes), as node's binding converts them.
    const failure = handle.writeSync(flushFlag | 0, chunk, inOff,
                                     availInBefore, buffer, offset >>> 0,
                                     availOutBefore >>> 0);
    if (failure !== undefined) engineError(self, failure);
    if (error) throw error;
    if (self[kError]) throw self[kError];

    const availOutAfter = state[0];
    const availInAfter = state[1];
    const consumed = availInBefore - availInAfter;
    inputRead += consumed;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      ArrayPrototypePush(buffers, out);
      nread += have;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter !== 0) break;
    inOff += consumed;
    availInBefore = availInAfter;
  }

  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// --- ZlibBase ---------------------------------------------------------------

function ZlibBase(opts, mode, handle, flushes) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let flush = flushes.flush;
  let finishFlush = flushes.finishFlush;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!isFiniteOption(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`,
                                 chunkSize);
    }
    flush = rangeOrDefault(opts.flush, 'options.flush', flushes.min,
                           flushes.max, flush);
    finishFlush = rangeOrDefault(opts.finishFlush, 'options.finishFlush',
                                 flushes.min, flushes.max, finishFlush);
    maxOutputLength = rangeOrDefault(opts.maxOutputLength,
                                     'options.maxOutputLength', 1, kMaxLength,
                                     kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }
  ReflectApply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this[kPending] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle.owner = this;
  handle.oncomplete = onChunkDone;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = flushes.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
ObjectSetPrototypeOf(ZlibBase.prototype, Transform.prototype);
ObjectSetPrototypeOf(ZlibBase, Transform);

ObjectDefineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// DEP0108: the old name of bytesWritten.
ObjectDefineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the ' +
     'future. Use zlib.bytesWritten instead.', 'DEP0108'),
  set: deprecate(function(value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. ' +
     'This will change its meaning in the future. Use zlib.bytesWritten ' +
     'instead.', 'DEP0108'),
});

ZlibBase.prototype.reset = function() {
  zlibAssert(this._handle, 'zlib binding closed');
  const failure = this._handle.reset();
  if (failure !== undefined) engineError(this, failure);
};

// Transform's 'prefinish' then runs _flush, which sends the last (empty)
// chunk with finishFlush.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, callback) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also finishes the stream.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, callback);
};

// Kept for old callers: with a callback it is one async chunk, without it
// processes the chunk synchronously and returns the output.
ZlibBase.prototype._processChunk = function(chunk, flushFlag, callback) {
  if (typeof callback === 'function') {
    processChunk(this, chunk, flushFlag, callback);
    return undefined;
  }
  return processChunkSync(this, chunk, flushFlag);
};

module.exports = {
  ZlibBase,
  brotliFlushes,
  engineError,
  processChunkSync,
  rangeOrDefault,
  zlibAssert,
  zlibFlushes,
};
