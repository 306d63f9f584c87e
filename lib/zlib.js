'use strict';

// zlib: deflate/inflate/gzip/gunzip/raw/unzip and brotli, as Transform
// streams and as one-shot callback, promisify-able and Sync functions.
// The engines live in src/zlib.cc; lib/internal/zlib/base.js drives them
// chunk by chunk (ZlibBase); this file builds the classes, the one-shot
// forms and the constants on it.

const {
  ArrayPrototypeForEach,
  ArrayPrototypePush,
  FunctionPrototypeBind,
  MathMax,
  NumberIsNaN,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectKeys,
  ObjectSetPrototypeOf,
  ReflectApply,
  StringPrototypeStartsWith,
  TypedArrayPrototypeFill,
  Uint32Array,
} = primordials;

const binding = internalBinding('zlib');
const { Buffer } = require('buffer');
const Transform = require('internal/streams/transform');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isUint8Array,
} = require('internal/util/types');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateUint32,
} = require('internal/validators');
const {
  ZlibBase,
  brotliFlushes,
  engineError,
  processChunkSync,
  rangeOrDefault,
  zlibAssert,
  zlibFlushes,
} = require('internal/zlib/base');

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
  Z_SYNC_FLUSH, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY,
  Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED, DEFLATE, DEFLATERAW,
  INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
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
