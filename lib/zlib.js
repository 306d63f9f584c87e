'use strict';

// zlib: deflate/inflate/gzip/gunzip/raw/unzip and brotli, as Transform
// streams and as one-shot callback, promisify-able and Sync functions.
// The engines live in src/zlib.cc; a handle processes one chunk per call,
// on the thread pool (write) or at once (writeSync). This file owns the
// chunk loop: it feeds the input, collects each filled output buffer and
// calls the engine again while it has more to give.

const {
  ArrayPrototypeForEach,
  ArrayPrototypePush,
  FunctionPrototypeBind,
  MathMax,
  NumberIsFinite,
  NumberIsNaN,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ReflectApply,
  StringPrototypeStartsWith,
  Symbol,
  TypedArrayPrototypeFill,
  Uint32Array,
} = primordials;

const binding = internalBinding('zlib');
const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const { deprecate } = require('internal/util');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isUint8Array,
} = require('internal/util/types');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateFunction,
  validateNumber,
  validateUint32,
} = require('internal/validators');

// zlib.constants: the binding's numbers, in node's order.
// Read-only like node's (but the object stays extensible, not frozen).
const constants = {};
for (const key of ObjectKeys(binding.constants)) {
  ObjectDefineProperty(constants, key, {
    __proto__: null,
    value: binding.constants[key],
    enumerable: true,
    writable: false,
    configurable: false,
  });
}

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// zlib.codes: error name <-> number, both ways.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of ObjectKeys(codes)) codes[codes[name]] = name;

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

// --- zlib streams -----------------------------------------------------------

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // Inflating with windowBits 0 takes the window size from the header.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // zlib cannot write gzip with a 256-byte window.
      const min = mode === GZIP ? Z_MIN_WINDOWBITS + 1 : Z_MIN_WINDOWBITS;
      windowBits = rangeOrDefault(opts.windowBits, 'options.windowBits', min,
                                  Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = rangeOrDefault(opts.level, 'options.level', Z_MIN_LEVEL,
                           Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = rangeOrDefault(opts.memLevel, 'options.memLevel',
                              Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
                              Z_DEFAULT_MEMLEVEL);
    strategy = rangeOrDefault(opts.strategy, 'options.strategy',
                              Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE(
          'options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
          dictionary);
      }
    }
  }
  const handle = new binding.Zlib();
  this._writeState = new Uint32Array(2);
  if (handle.init(mode, windowBits | 0, level | 0, memLevel | 0,
                  strategy | 0, this._writeState, dictionary) !== 0) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ReflectApply(ZlibBase, this, [opts, mode, handle, zlibFlushes]);
  this._level = level;
  this._strategy = strategy;
}
ObjectSetPrototypeOf(Zlib.prototype, ZlibBase.prototype);
ObjectSetPrototypeOf(Zlib, ZlibBase);

function paramsAfterFlush(level, strategy, callback) {
  zlibAssert(this._handle, 'zlib binding closed');
  const failure = this._handle.params(level | 0, strategy | 0);
  if (failure !== undefined) {
    engineError(this, failure);
    return;
  }
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  rangeOrDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  rangeOrDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH,
               FunctionPrototypeBind(paramsAfterFlush, this, level, strategy,
                                     callback));
  } else {
    process.nextTick(callback);
  }
};

// Each class is a plain function, as in node: callable without `new`.
function inherit(ctor, Base) {
  ObjectSetPrototypeOf(ctor.prototype, Base.prototype);
  ObjectSetPrototypeOf(ctor, Base);
}

function Deflate(opts) {
  if (!(this instanceof Deflate)) return new Deflate(opts);
  ReflectApply(Zlib, this, [opts, DEFLATE]);
}
inherit(Deflate, Zlib);

function Inflate(opts) {
  if (!(this instanceof Inflate)) return new Inflate(opts);
  ReflectApply(Zlib, this, [opts, INFLATE]);
}
inherit(Inflate, Zlib);

function Gzip(opts) {
  if (!(this instanceof Gzip)) return new Gzip(opts);
  ReflectApply(Zlib, this, [opts, GZIP]);
}
inherit(Gzip, Zlib);

function Gunzip(opts) {
  if (!(this instanceof Gunzip)) return new Gunzip(opts);
  ReflectApply(Zlib, this, [opts, GUNZIP]);
}
inherit(Gunzip, Zlib);

function DeflateRaw(opts) {
  if (!(this instanceof DeflateRaw)) return new DeflateRaw(opts);
  ReflectApply(Zlib, this, [opts, DEFLATERAW]);
}
inherit(DeflateRaw, Zlib);

function InflateRaw(opts) {
  if (!(this instanceof InflateRaw)) return new InflateRaw(opts);
  ReflectApply(Zlib, this, [opts, INFLATERAW]);
}
inherit(InflateRaw, Zlib);

function Unzip(opts) {
  if (!(this instanceof Unzip)) return new Unzip(opts);
  ReflectApply(Zlib, this, [opts, UNZIP]);
}
inherit(Unzip, Zlib);

// --- brotli streams ---------------------------------------------------------

let maxBrotliParam = 0;
for (const key of ObjectKeys(constants)) {
  if (StringPrototypeStartsWith(key, 'BROTLI_PARAM_') ||
      StringPrototypeStartsWith(key, 'BROTLI_DECODER_PARAM_')) {
    maxBrotliParam = MathMax(maxBrotliParam, constants[key]);
  }
}
const brotliParams = new Uint32Array(maxBrotliParam + 1);

function Brotli(opts, mode) {
  zlibAssert(mode === BROTLI_DECODE || mode === BROTLI_ENCODE);
  // 0xffffffff: not set.
  TypedArrayPrototypeFill(brotliParams, -1);
  if (opts?.params) {
    ArrayPrototypeForEach(ObjectKeys(opts.params), (origKey) => {
      const key = +origKey;
      if (NumberIsNaN(key) || key < 0 || key > maxBrotliParam ||
          (brotliParams[key] | 0) !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number',
                                       opts.params[origKey]);
      }
      brotliParams[key] = value;
    });
  }
  const handle = new binding.Zlib();
  this._writeState = new Uint32Array(2);
  if (!handle.initBrotli(mode, brotliParams, this._writeState)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ReflectApply(ZlibBase, this, [opts, mode, handle, brotliFlushes]);
}
// As in node, brotli streams inherit from Zlib (params() included, which
// changes nothing for them).
inherit(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  ReflectApply(Brotli, this, [opts, BROTLI_ENCODE]);
}
inherit(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  ReflectApply(Brotli, this, [opts, BROTLI_DECODE]);
}
inherit(BrotliDecompress, Brotli);

// --- one-shot forms ---------------------------------------------------------

function onBufferData(chunk) {
  if (!this.buffers) {
    this.buffers = [chunk];
  } else {
    ArrayPrototypePush(this.buffers, chunk);
  }
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function onBufferError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function onBufferEnd() {
  let buffer;
  if (this.nread === 0) {
    buffer = Buffer.alloc(0);
  } else {
    const buffers = this.buffers;
    buffer = buffers.length === 1 ? buffers[0] :
      Buffer.concat(buffers, this.nread);
  }
  this.close();
  if (this._info) {
    this.cb(null, { buffer, engine: this });
  } else {
    this.cb(null, buffer);
  }
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // The stream takes Uint8Arrays: view other views' bytes without a copy.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', onBufferData);
  engine.on('error', onBufferError);
  engine.on('end', onBufferEnd);
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'buffer',
        ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
        buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function asyncForm(ctor) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function syncForm(ctor) {
  return function syncBufferWrapper(buffer, opts) {
    return zlibBufferSync(new ctor(opts), buffer);
  };
}

// --- crc32 ------------------------------------------------------------------

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data',
                                   ['Buffer', 'TypedArray', 'DataView',
                                    'string'], data);
  }
  validateUint32(value, 'value');
  if (typeof data === 'string') data = Buffer.from(data, 'utf8');
  return binding.crc32(data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate: asyncForm(Deflate),
  deflateSync: syncForm(Deflate),
  gzip: asyncForm(Gzip),
  gzipSync: syncForm(Gzip),
  deflateRaw: asyncForm(DeflateRaw),
  deflateRawSync: syncForm(DeflateRaw),
  unzip: asyncForm(Unzip),
  unzipSync: syncForm(Unzip),
  inflate: asyncForm(Inflate),
  inflateSync: syncForm(Inflate),
  gunzip: asyncForm(Gunzip),
  gunzipSync: syncForm(Gunzip),
  inflateRaw: asyncForm(InflateRaw),
  inflateRawSync: syncForm(InflateRaw),
  brotliCompress: asyncForm(BrotliCompress),
  brotliCompressSync: syncForm(BrotliCompress),
  brotliDecompress: asyncForm(BrotliDecompress),
  brotliDecompressSync: syncForm(BrotliDecompress),
};

function factory(ctor) {
  // Named `value`, as node's factories are (methods of a descriptor).
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value(options) {
      return new ctor(options);
    },
  };
}

ObjectDefineProperties(module.exports, {
  createDeflate: factory(Deflate),
  createInflate: factory(Inflate),
  createDeflateRaw: factory(DeflateRaw),
  createInflateRaw: factory(InflateRaw),
  createGzip: factory(Gzip),
  createGunzip: factory(Gunzip),
  createUnzip: factory(Unzip),
  createBrotliCompress: factory(BrotliCompress),
  createBrotliDecompress: factory(BrotliDecompress),
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  codes: {
    __proto__: null,
    enumerable: true,
    writable: false,
    value: ObjectFreeze(codes),
  },
});

// The zlib constants are also on the module itself (not brotli's), hidden.
for (const key of ObjectKeys(constants)) {
  if (StringPrototypeStartsWith(key, 'BROTLI')) continue;
  ObjectDefineProperty(module.exports, key, {
    __proto__: null,
    enumerable: false,
    value: constants[key],
    writable: false,
  });
}
