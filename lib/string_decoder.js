'use strict';

// string_decoder: StringDecoder turns a sequence of byte chunks into strings
// without splitting a multi-byte character between two results. The state
// lives in a 7-byte Buffer, laid out as node's native decoder lays it out
// (util.inspect shows it): 4 bytes of an incomplete character, then the
// count of bytes still missing, the count buffered, and the encoding id.

const {
  ArrayBufferIsView,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  MathMin,
  Symbol,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSubarray,
  ObjectDefineProperties,
} = primordials;

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  kIsEncodingSymbol,
  normalizeEncoding: normalizeBufferEncoding,
} = require('internal/util');

const kNativeDecoder = Symbol('kNativeDecoder');

// Offsets into the state buffer.
const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// Encoding ids, in node's order (6 is 'buffer', which a decoder never has).
const kAscii = 0;
const kUtf8 = 1;
const kBase64 = 2;
const kUtf16le = 3;
const kLatin1 = 4;
const kHex = 5;
const kBase64url = 7;

const encodingIds = {
  __proto__: null,
  ascii: kAscii, utf8: kUtf8, base64: kBase64, utf16le: kUtf16le,
  latin1: kLatin1, hex: kHex, base64url: kBase64url,
};
const encodingNames = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex',
                       'buffer', 'base64url'];

// Buffer's own isEncoding: a user-replaced Buffer.isEncoding may admit
// extra encodings, as node allows.
const originalIsEncoding = Buffer[kIsEncodingSymbol] ?? Buffer.isEncoding;

function normalizeEncoding(enc) {
  const normalized = normalizeBufferEncoding(enc);
  if (normalized === undefined) {
    if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return normalized;
}

// The bytes of any ArrayBufferView, as a Buffer sharing its memory.
function asBuffer(view) {
  if (TypedArrayPrototypeGetSymbolToStringTag(view) === undefined) {
    return Buffer.from(DataViewPrototypeGetBuffer(view),
                       DataViewPrototypeGetByteOffset(view),
                       DataViewPrototypeGetByteLength(view));
  }
  if (view instanceof Buffer) return view;
  return Buffer.from(TypedArrayPrototypeGetBuffer(view),
                     TypedArrayPrototypeGetByteOffset(view),
                     TypedArrayPrototypeGetByteLength(view));
}

// How many bytes at the end of bytes[start, end) begin a UTF-8 character
// that is not complete yet; sets state[kMissingBytes] accordingly.
function bufferUtf8Tail(state, bytes, start, end) {
  let buffered = 0;
  for (let i = end - 1; ; i--) {
    buffered++;
    const byte = bytes[i];
    if ((byte & 0xC0) === 0x80) {
      // A continuation byte. Four of them, or reaching the start of what is
      // left of the chunk, means no character of this chunk is cut off.
      if (buffered >= 4 || i === start) return 0;
      continue;
    }
    let length;
    if ((byte & 0xE0) === 0xC0) length = 2;
    else if ((byte & 0xF0) === 0xE0) length = 3;
    else if ((byte & 0xF8) === 0xF0) length = 4;
    else return 0;  // Not a lead byte of a representable character.
    if (buffered >= length) return 0;  // Complete (or invalid anyway).
    state[kMissingBytes] = length - buffered;
    return buffered;
  }
}

function decode(state, bytes) {
  const encoding = state[kEncodingField];
  const name = encodingNames[encoding];
  let start = 0;
  const length = bytes.length;
  if (encoding !== kUtf8 && encoding !== kUtf16le &&
      encoding !== kBase64 && encoding !== kBase64url) {
    return bytes.toString(name, 0, length);
  }

  // First finish the character left incomplete by the previous chunk.
  let prefix = '';
  if (state[kMissingBytes] > 0) {
    if (encoding === kUtf8) {
      // A byte that is not a continuation ends the incomplete character
      // early (it decodes as a replacement character) and starts a new one.
      const limit = MathMin(length, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if ((bytes[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          bytes.copy(state, state[kBufferedBytes], 0, i);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = MathMin(length - start, state[kMissingBytes]);
    bytes.copy(state, state[kBufferedBytes], start, start + found);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prefix = state.toString(name, 0, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }
  if (start >= length) return prefix;

  // Then keep back the bytes of a character cut off at the end.
  let end = length;
  let buffered = 0;
  if (encoding === kUtf8) {
    if (bytes[end - 1] & 0x80) buffered = bufferUtf8Tail(state, bytes, start, end);
  } else if (encoding === kUtf16le) {
    if ((end - start) % 2 === 1) {
      buffered = 1;
      state[kMissingBytes] = 1;
    } else if ((bytes[end - 1] & 0xFC) === 0xD8) {
      // The first half of a surrogate pair.
      buffered = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    buffered = (end - start) % 3;
    if (buffered > 0) state[kMissingBytes] = 3 - buffered;
  }
  if (buffered > 0) {
    end -= buffered;
    bytes.copy(state, kIncompleteCharactersStart, end, length);
    state[kBufferedBytes] = buffered;
  }
  if (end > start) return prefix + bytes.toString(name, start, end);
  return prefix;
}

function flush(state) {
  const encoding = state[kEncodingField];
  if (encoding === kUtf16le && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const result = state.toString(encodingNames[encoding], 0,
                                state[kBufferedBytes]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return result;
}

// A plain function (not a class), as in node: calling it without `new`
// fails on `this`.
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kStateSize);
  this[kNativeDecoder][kEncodingField] = encodingIds[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBufferIsView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'],
                                   buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(state, asBuffer(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) {
    result += flush(this[kNativeDecoder]);
  }
  return result;
};

// Decodes `buf` from `offset` on, forgetting any incomplete character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return TypedArrayPrototypeSubarray(this[kNativeDecoder],
                                         kIncompleteCharactersStart,
                                         kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] +
        this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = {
  StringDecoder,
};
