'use strict';

// ReadableState: what a Readable knows about itself. The booleans live in
// one bit field (node's layout: util.inspect shows the same
// `[Symbol(kState)]`), exposed as accessors under node's names; values that
// are rarely set (errored, decoder, encoding, a non-utf8 defaultEncoding)
// live in symbol-keyed slots behind their flag.

const {
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

let StringDecoder;
let Duplex;

// The read side's flags, at node's bits (see state.js for the shared ones).
const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
// A 'data' listener was added with on() and not all removed with
// removeListener() since (removeAllListeners() leaves it set, as node does).
const kDataListening = 1 << 27;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

function ReadableState(options, stream, isDuplex) {
  // A Duplex reads its own readable* options (readableObjectMode...).
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }

  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options?.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options?.readableObjectMode) this[kState] |= kObjectMode;

  // Past this many bytes (or objects) buffered, push() returns false and
  // _read is not called any more.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // The chunks not read yet are buffer[bufferIndex...]; the slots before
  // bufferIndex were read and are null.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  // The piped destinations whose 'drain' we wait for: one stream, or a Set
  // of them once multiAwaitDrain is set (two or more pipes).
  this.awaitDrainWriters = null;

  if (options?.emitClose === false) this[kState] &= ~kEmitClose;
  if (options?.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' ||
      defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  if (options?.encoding) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

defineFlagAccessors(ReadableState.prototype, [
  ['objectMode', kObjectMode],
  ['ended', kEnded],
  ['endEmitted', kEndEmitted],
  ['reading', kReading],
  // False until _construct calls back.
  ['constructed', kConstructed],
  // True while inside _read or a push from it: events wait for a tick.
  ['sync', kSync],
  // A 'readable' event is due once data arrives.
  ['needReadable', kNeedReadable],
  ['emittedReadable', kEmittedReadable],
  ['readableListening', kReadableListening],
  ['resumeScheduled', kResumeScheduled],
  ['errorEmitted', kErrorEmitted],
  ['emitClose', kEmitClose],
  ['autoDestroy', kAutoDestroy],
  ['destroyed', kDestroyed],
  ['closed', kClosed],
  ['closeEmitted', kCloseEmitted],
  ['multiAwaitDrain', kMultiAwaitDrain],
  // A maybeReadMore() is scheduled.
  ['readingMore', kReadingMore],
  ['dataEmitted', kDataEmitted],
]);

ObjectDefineProperties(ReadableState.prototype, {
  errored: slotAccessor(kErrored, kErroredValue),
  defaultEncoding: defaultEncodingAccessor(kDefaultUTF8Encoding,
                                           kDefaultEncodingValue),
  decoder: slotAccessor(kDecoder, kDecoderValue),
  encoding: slotAccessor(kEncoding, kEncodingValue),
  // null until the stream is first resumed or paused; true while 'data'
  // events flow, false once paused.
  flowing: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kHasFlowing) !== 0 ?
        (this[kState] & kFlowing) !== 0 : null;
    },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasFlowing | kFlowing);
      } else if (value) {
        this[kState] |= kHasFlowing | kFlowing;
      } else {
        this[kState] = (this[kState] | kHasFlowing) & ~kFlowing;
      }
    },
  },
  pipesCount: {
    __proto__: null,
    enumerable: false,
    get() { return this.pipes.length; },
  },
  // Whether pause() was called last; kHasPaused tells false from "never".
  paused: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      if (value) {
        this[kState] |= kHasPaused | kPaused;
      } else {
        this[kState] = (this[kState] | kHasPaused) & ~kPaused;
      }
    },
  },
});

module.exports = {
  ReadableState,
  kEnded,
  kEndEmitted,
  kReading,
  kSync,
  kNeedReadable,
  kEmittedReadable,
  kReadableListening,
  kResumeScheduled,
  kMultiAwaitDrain,
  kReadingMore,
  kDataEmitted,
  kDefaultUTF8Encoding,
  kDecoder,
  kEncoding,
  kHasFlowing,
  kFlowing,
  kHasPaused,
  kPaused,
  kDataListening,
};
