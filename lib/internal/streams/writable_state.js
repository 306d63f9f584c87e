'use strict';

// WritableState: what a Writable knows about itself. As in ReadableState,
// the booleans live in one bit field at node's bits, behind accessors with
// node's names; the write queue (`buffered`), the end() callbacks and the
// rarely set values live in symbol-keyed slots behind their flag.

const {
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  FunctionPrototypeBind,
  ObjectDefineProperties,
  Symbol,
} = primordials;

const { Buffer } = require('buffer');
const {
  kState,
  kObjectMode,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrored,
  kConstructed,
  defineFlagAccessors,
  defaultEncodingAccessor,
  slotAccessor,
  getHighWaterMark,
  getDefaultHighWaterMark,
} = require('internal/streams/state');
const { ERR_UNKNOWN_ENCODING } = require('internal/errors').codes;

let Duplex;

// The callback of writes made without one.
function nop() {}
// writable.js's onwrite(stream, err), installed by setOnWrite (it needs the
// state machine that lives there).
let onwriteImpl;

const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
// corked > 0.
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
// A write is in progress; its callback is kWriteCbValue, or nop when
// kWriteCb is clear.
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
// A tick is scheduled to run afterWrite (write callbacks, 'drain').
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29;
const kEnded = 1 << 30;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');
const kOnFinishedValue = Symbol('kOnFinishedValue');

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }

  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy;
  if (options?.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options?.writableObjectMode) this[kState] |= kObjectMode;

  // write() returns false once this many bytes (or objects) are queued.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Strings are turned into Buffers before _write unless told otherwise.
  if (options?.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options?.emitClose === false) this[kState] &= ~kEmitClose;
  if (options?.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' ||
      defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this[kDefaultEncodingValue] = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Bytes (or objects) written and not yet acknowledged by _write.
  this.length = 0;
  this.corked = 0;
  // The callback handed to _write / _writev, bound to this stream.
  this.onwrite = FunctionPrototypeBind(onwriteImpl, undefined, stream);
  // The size of the write in progress.
  this.writelen = 0;
  // The queue is buffered[bufferedIndex...].
  resetBuffer(this);
  // Callbacks still to be called, plus one while 'finish' is scheduled;
  // 'finish' waits for it to reach zero.
  this.pendingcb = 0;
}

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] = (state[kState] & ~kBuffered) | kAllBuffers | kAllNoop;
}

// Appends a { chunk, encoding, callback } to the write queue.
function pushBuffered(state, entry) {
  if ((state[kState] & kBuffered) === 0) {
    state[kBufferedValue] = [entry];
    state[kState] |= kBuffered;
  } else {
    ArrayPrototypePush(state[kBufferedValue], entry);
  }
}

// Queues a callback for when the stream finishes (or fails to).
function addOnFinished(state, cb) {
  if ((state[kState] & kOnFinished) === 0) {
    state[kOnFinishedValue] = [cb];
    state[kState] |= kOnFinished;
  } else {
    ArrayPrototypePush(state[kOnFinishedValue], cb);
  }
}

// Returns the queued finish callbacks and forgets them.
function takeOnFinished(state) {
  if ((state[kState] & kOnFinished) === 0) return [];
  const callbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  return callbacks;
}

function hasOnFinished(state) {
  return (state[kState] & kOnFinished) !== 0;
}

defineFlagAccessors(WritableState.prototype, [
  ['objectMode', kObjectMode],
  // _final has been called.
  ['finalCalled', kFinalCalled],
  // write() returned false: 'drain' is due once the queue empties.
  ['needDrain', kNeedDrain],
  // end() has been called (ended is set just after, at its end).
  ['ending', kEnding],
  ['ended', kEnded],
  // 'finish' has been emitted.
  ['finished', kFinished],
  ['destroyed', kDestroyed],
  ['decodeStrings', kDecodeStrings],
  ['writing', kWriting],
  // True while inside _write: its callback defers to the next tick.
  ['sync', kSync],
  ['bufferProcessing', kBufferProcessing],
  ['constructed', kConstructed],
  ['prefinished', kPrefinished],
  ['errorEmitted', kErrorEmitted],
  ['emitClose', kEmitClose],
  ['autoDestroy', kAutoDestroy],
  ['closed', kClosed],
  ['closeEmitted', kCloseEmitted],
  // Whether every queued chunk is a Buffer / every callback a no-op.
  ['allBuffers', kAllBuffers],
  ['allNoop', kAllNoop],
]);

ObjectDefineProperties(WritableState.prototype, {
  errored: slotAccessor(kErrored, kErroredValue),
  // undefined, or false for a Duplex made not writable.
  writable: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kHasWritable) !== 0 ?
        (this[kState] & kWritable) !== 0 : undefined;
    },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasWritable | kWritable);
      } else if (value) {
        this[kState] |= kHasWritable | kWritable;
      } else {
        this[kState] = (this[kState] | kHasWritable) & ~kWritable;
      }
    },
  },
  defaultEncoding: defaultEncodingAccessor(kDefaultUTF8Encoding,
                                           kDefaultEncodingValue),
  // The callback of the write in progress (the no-op one is not stored).
  writecb: {
    __proto__: null,
    enumerable: false,
    get() {
      if ((this[kState] & kWriteCb) !== 0) return this[kWriteCbValue];
      return (this[kState] & kExpectWriteCb) !== 0 ? nop : null;
    },
    set(value) {
      if (value === nop) {
        this[kState] = (this[kState] & ~kWriteCb) | kExpectWriteCb;
      } else if (value) {
        this[kWriteCbValue] = value;
        this[kState] |= kWriteCb | kExpectWriteCb;
      } else {
        this[kWriteCbValue] = null;
        this[kState] &= ~(kWriteCb | kExpectWriteCb);
      }
    },
  },
  // Coalesces the callbacks of synchronous writes into one tick.
  afterWriteTickInfo: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kAfterWriteTickInfo) !== 0 ?
        this[kAfterWriteTickInfoValue] : null;
    },
    set(value) {
      this[kAfterWriteTickInfoValue] = value;
      if (value) {
        this[kState] |= kAfterWriteTickInfo;
      } else {
        this[kState] &= ~kAfterWriteTickInfo;
      }
    },
  },
  buffered: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) {
      if (value) {
        this[kBufferedValue] = value;
        this[kState] |= kBuffered;
      } else {
        this[kBufferedValue] = null;
        this[kState] &= ~kBuffered;
      }
    },
  },
});

// The queued writes not yet handed to _write.
WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) !== 0 ?
    ArrayPrototypeSlice(this[kBufferedValue], this.bufferedIndex) : [];
};

ObjectDefineProperties(WritableState.prototype, {
  bufferedRequestCount: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kBuffered) !== 0 ?
        this[kBufferedValue].length - this.bufferedIndex : 0;
    },
  },
});

function setOnWrite(fn) {
  onwriteImpl = fn;
}

module.exports = {
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
  kFinalCalled,
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
};
