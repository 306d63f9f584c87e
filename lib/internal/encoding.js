'use strict';

// TextEncoder and TextDecoder (WHATWG Encoding) as node 20 has them, for the
// encodings nodus decodes without ICU converters: UTF-8, UTF-16LE/BE and the
// windows-1252 labels (which node 20 decodes as latin1). Other labels throw
// ERR_ENCODING_NOT_SUPPORTED. Streaming keeps an incomplete sequence for the
// next call; `fatal` throws on malformed input.

const {
  Boolean,
  ObjectDefineProperties,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  Uint32Array,
  Uint8Array,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
} = primordials;

const binding = internalBinding('buffer');
const {
  ERR_ENCODING_NOT_SUPPORTED,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const {
  kValidateObjectAllowObjectsAndNull,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDataView,
  isUint8Array,
} = require('internal/util/types');
const {
  customInspectSymbol: kInspect,
  getConstructorOf,
  kEmptyObject,
  kEnumerableProperty,
} = require('internal/util');
const { nativeError } = require('internal/buffer');

let inspect;
const lazyInspect = () => (inspect ??= require('internal/util/inspect').inspect);

// --- labels ------------------------------------------------------------------

const kLabels = { __proto__: null };
function addLabels(encoding, labels) {
  for (let i = 0; i < labels.length; i++) kLabels[labels[i]] = encoding;
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8',
                    'utf-8', 'utf8', 'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode',
                       'unicodefeff', 'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819',
                           'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
                           'iso8859-1', 'iso88591', 'iso_8859-1',
                           'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
                           'windows-1252', 'x-cp1252']);

const kAsciiWhitespace = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function getEncodingFromLabel(label) {
  const trimmed = RegExpPrototypeSymbolReplace(kAsciiWhitespace, label, '');
  return kLabels[StringPrototypeToLowerCase(trimmed)];
}

// --- TextEncoder -------------------------------------------------------------

const encodeIntoResults = new Uint32Array(2);

const kEncoder = Symbol('encoder');

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  static #check(object) {
    if (object == null || object[kEncoder] !== true) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return binding.encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    binding.encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [kInspect](depth, opts) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this);
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return lazyInspect()(obj, opts);
  }
}

ObjectDefineProperties(TextEncoder.prototype, {
  encode: kEnumerableProperty,
  encodeInto: kEnumerableProperty,
  encoding: kEnumerableProperty,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// --- decoding helpers --------------------------------------------------------

const kFlagFatal = 2;
const kFlagIgnoreBOM = 4;
// A decoder's settings live in the own symbol properties node uses (they
// show in util.inspect with showHidden); the streaming state is private.
const kDecoder = Symbol('decoder');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kFatal = Symbol('kFatal');
const kUTF8FastPath = Symbol('kUTF8FastPath');
const kLatin1FastPath = Symbol('kLatin1FastPath');
const kHandle = Symbol('handle');

// What node's inspect shows as the state of a streaming decoder.
class Converter {}

const empty = new Uint8Array(0);

function inputError(message) {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

// The bytes of a decode() input as a Uint8Array, or undefined.
function bytesOf(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (isDataView(input)) {
    return new Uint8Array(DataViewPrototypeGetBuffer(input),
                          DataViewPrototypeGetByteOffset(input),
                          DataViewPrototypeGetByteLength(input));
  }
  if (isArrayBufferView(input)) {
    return new Uint8Array(TypedArrayPrototypeGetBuffer(input),
                          TypedArrayPrototypeGetByteOffset(input),
                          TypedArrayPrototypeGetByteLength(input));
  }
}

function concat(head, tail) {
  if (head.length === 0) return tail;
  const bytes = new Uint8Array(head.length + tail.length);
  TypedArrayPrototypeSet(bytes, head, 0);
  TypedArrayPrototypeSet(bytes, tail, head.length);
  return bytes;
}

// How many bytes at the end of `bytes` start a UTF-8 sequence that more
// input could complete (0 if none).
function utf8IncompleteTail(bytes) {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back];
    if (byte >= 0x80 && byte <= 0xbf) continue;
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) {
      need = 2;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 3;
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 4;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
    } else {
      return 0;
    }
    if (back >= need) return 0;
    if (back >= 2) {
      const second = bytes[length - back + 1];
      if (second < lower || second > upper) return 0;
    }
    return back;
  }
  return 0;
}

const kLoneSurrogate =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function isHighSurrogate(code) {
  return code >= 0xd800 && code <= 0xdbff;
}

// --- TextDecoder -------------------------------------------------------------

class TextDecoder {
  #pending = empty;
  #bomSeen = false;

  static #check(object) {
    if (object == null || object[kDecoder] !== true) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  constructor(encoding = 'utf-8', options = kEmptyObject) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    let flags = 0;
    if (options !== null) {
      flags |= options.fatal ? kFlagFatal : 0;
      flags |= options.ignoreBOM ? kFlagIgnoreBOM : 0;
    }
    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = enc;
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kFatal] = Boolean(options?.fatal);
    // UTF-8 takes a one-shot path until the first streaming decode().
    this[kUTF8FastPath] = enc === 'utf-8';
    this[kLatin1FastPath] = enc === 'windows-1252';
    this[kHandle] = undefined;
    if (enc === 'utf-16le' || enc === 'utf-16be') this[kHandle] = new Converter();
  }

  decode(input = empty, options = kEmptyObject) {
    TextDecoder.#check(this);
    if (this[kUTF8FastPath]) {
      if (!options?.stream) return this.#decodeUtf8Once(input);
      this[kUTF8FastPath] = false;
      this[kHandle] = new Converter();
    }
    if (this[kLatin1FastPath]) {
      const bytes = bytesOf(input);
      if (bytes === undefined) {
        throw inputError('The "input" argument must be an instance of ' +
                         'ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.');
      }
      // Node 20 drops a leading 0xFF when ignoreBOM is set (sic).
      const start = this[kIgnoreBOM] && bytes[0] === 0xff ? 1 : 0;
      return binding.latin1Slice(bytes, start, bytes.length);
    }
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    let bytes = bytesOf(input);
    if (bytes === undefined) {
      throw inputError('The "input" argument must be an instance of ' +
                       'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    // As in node, a null `options` does not flush.
    const stream = options === null || Boolean(options.stream);
    bytes = concat(this.#pending, bytes);
    this.#pending = empty;
    let result;
    try {
      result = this[kEncoding] === 'utf-8' ?
        this.#decodeUtf8(bytes, stream) : this.#decodeUtf16(bytes, stream);
    } catch (err) {
      this.#pending = empty;
      this.#bomSeen = false;
      throw err;
    }
    if (!this[kIgnoreBOM] && !this.#bomSeen && result.length > 0) {
      if (StringPrototypeCharCodeAt(result, 0) === 0xfeff) {
        result = StringPrototypeSlice(result, 1);
      }
      this.#bomSeen = true;
    }
    if (!stream) this.#bomSeen = false;
    return result;
  }

  get encoding() {
    TextDecoder.#check(this);
    return this[kEncoding];
  }

  get fatal() {
    TextDecoder.#check(this);
    return (this[kFlags] & kFlagFatal) === kFlagFatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return (this[kFlags] & kFlagIgnoreBOM) === kFlagIgnoreBOM;
  }

  #invalidData() {
    return nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                       `The encoded data was not valid for encoding ${this[kEncoding]}`);
  }

  #decodeUtf8Once(input) {
    let bytes = bytesOf(input);
    if (bytes === undefined) {
      throw inputError('The "list" argument must be an instance of ' +
                       'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    if (this[kFatal] && !binding.isUtf8(bytes)) throw this.#invalidData();
    if (!this[kIgnoreBOM] && bytes.length >= 3 && bytes[0] === 0xef &&
        bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = bytes.subarray(3);
    }
    return binding.utf8Slice(bytes, 0, bytes.length);
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const tail = utf8IncompleteTail(bytes);
      if (tail > 0) {
        end -= tail;
        this.#pending = TypedArrayPrototypeSlice(bytes, end);
      }
    }
    const complete = end === bytes.length ? bytes : bytes.subarray(0, end);
    if (this[kFatal] && !binding.isUtf8(complete)) throw this.#invalidData();
    return binding.utf8Slice(complete, 0, end);
  }

  #decodeUtf16(bytes, stream) {
    const odd = bytes.length % 2;
    let units = bytes.length - odd;
    let source = bytes;
    if (this[kEncoding] === 'utf-16be') {
      source = TypedArrayPrototypeSlice(bytes, 0, units);
      binding.swap16(source);
    }
    let string = binding.ucs2Slice(source, 0, units);
    const lastIsHigh =
      isHighSurrogate(StringPrototypeCharCodeAt(string, string.length - 1));
    if (stream) {
      // Keep a lead surrogate and an odd byte for the next call.
      let keep = odd;
      if (lastIsHigh) {
        keep += 2;
        units -= 2;
        string = StringPrototypeSlice(string, 0, -1);
      }
      if (keep > 0) this.#pending = TypedArrayPrototypeSlice(bytes, units);
    }
    kLoneSurrogate.lastIndex = 0;
    const malformed = RegExpPrototypeExec(kLoneSurrogate, string) !== null;
    if (this[kFatal] && (malformed || (!stream && odd))) throw this.#invalidData();
    if (malformed) {
      string = RegExpPrototypeSymbolReplace(kLoneSurrogate, string, '\ufffd');
    }
    // An odd byte at the end is one more error, unless it follows a lead
    // surrogate (both form one bad sequence).
    if (!stream && odd && !lastIsHigh) string += '\ufffd';
    return string;
  }

  [kInspect](depth, opts) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || TextDecoder;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    return `${constructor.name} ${lazyInspect()(obj)}`;
  }
}

ObjectDefineProperties(TextDecoder.prototype, {
  decode: kEnumerableProperty,
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  TextDecoder,
  TextEncoder,
  getEncodingFromLabel,
};
