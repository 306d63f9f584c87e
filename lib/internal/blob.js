'use strict';

// Blob (WHATWG File API) as node 20 has it: parts copied into one byte
// array at construction, slices share it, type lower-cased (or '' when it
// holds characters outside U+0020-U+007E), text()/arrayBuffer()/bytes()
// as promises; and buffer.resolveObjectURL for blob:nodedata: URLs.

const {
  ArrayFrom,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  MathMax,
  MathMin,
  MathTrunc,
  ObjectDefineProperties,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectConstruct,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolIterator,
  SymbolToStringTag,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  Uint8Array,
  globalThis,
} = primordials;

const binding = internalBinding('buffer');
const {
  ERR_BUFFER_TOO_LARGE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateDictionary } = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDataView,
} = require('internal/util/types');
const {
  customInspectSymbol: kInspect,
  kEmptyObject,
  kEnumerableProperty,
} = require('internal/util');

const kHandle = Symbol('kHandle');
const kLength = Symbol('kLength');
const kType = Symbol('kType');

const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

let textDecoder;
let inspect;

function isBlob(object) {
  return object?.[kHandle] !== undefined;
}

function normalizeType(type) {
  type = `${type}`;
  return RegExpPrototypeExec(disallowedTypeCharacters, type) !== null ?
    '' : StringPrototypeToLowerCase(type);
}

// The bytes of one blob part, copied (later changes to the source do not
// show in the blob).
function partBytes(source, endings) {
  if (isBlob(source)) return source[kHandle];
  if (isAnyArrayBuffer(source)) {
    return TypedArrayPrototypeSlice(new Uint8Array(source));
  }
  if (isDataView(source)) {
    return TypedArrayPrototypeSlice(new Uint8Array(
      DataViewPrototypeGetBuffer(source), DataViewPrototypeGetByteOffset(source),
      DataViewPrototypeGetByteLength(source)));
  }
  if (isArrayBufferView(source)) {
    return TypedArrayPrototypeSlice(new Uint8Array(
      TypedArrayPrototypeGetBuffer(source),
      TypedArrayPrototypeGetByteOffset(source),
      TypedArrayPrototypeGetByteLength(source)));
  }
  let string = `${source}`;
  if (endings === 'native') {
    string = RegExpPrototypeSymbolReplace(/\n|\r\n/g, string, '\n');
  }
  return binding.encodeUtf8(string);
}

// A Blob over `bytes` (not copied), without running the constructor.
function createBlob(bytes, type) {
  return ReflectConstruct(function() {
    this[kHandle] = bytes;
    this[kLength] = TypedArrayPrototypeGetByteLength(bytes);
    this[kType] = type;
  }, [], Blob);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[SymbolIterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? kEmptyObject;
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    let length = 0;
    const parts = ArrayFrom(sources, (source) => {
      const bytes = partBytes(source, endings);
      length += TypedArrayPrototypeGetByteLength(bytes);
      return bytes;
    });
    if (length > binding.constants.kMaxLength) {
      throw new ERR_BUFFER_TOO_LARGE(binding.constants.kMaxLength);
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(length);
      let offset = 0;
      for (let i = 0; i < parts.length; i++) {
        TypedArrayPrototypeSet(bytes, parts[i], offset);
        offset += TypedArrayPrototypeGetByteLength(parts[i]);
      }
    }
    this[kHandle] = bytes;
    this[kLength] = length;
    this[kType] = normalizeType(type);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = {
      ...options,
      depth: options.depth == null ? null : options.depth - 1,
    };
    inspect ??= require('internal/util/inspect').inspect;
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kLength];
  }

  slice(start = 0, end = this[kLength], contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const length = this[kLength];
    start = start < 0 ? MathMax(length + start, 0) : MathMin(start, length);
    end = end < 0 ? MathMax(length + end, 0) : MathMin(end, length);
    contentType = normalizeType(contentType);
    start = MathTrunc(start) || 0;
    const span = MathMax((MathTrunc(end) || 0) - start, 0);
    return createBlob(this[kHandle].subarray(start, start + span), contentType);
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kHandle];
    return PromiseResolve(TypedArrayPrototypeGetBuffer(TypedArrayPrototypeSlice(bytes)));
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    textDecoder ??= new (require('internal/encoding').TextDecoder)();
    return textDecoder.decode(await this.arrayBuffer());
  }

  bytes() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return PromisePrototypeThen(this.arrayBuffer(), (buffer) => new Uint8Array(buffer));
  }

  // A ReadableStream of the bytes (a copy is taken per chunk).
  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return require('internal/webstreams/adapters')
      .readableStreamFromBytes(this[kHandle]);
  }
}

ObjectDefineProperties(Blob.prototype, {
  size: kEnumerableProperty,
  type: kEnumerableProperty,
  slice: kEnumerableProperty,
  stream: kEnumerableProperty,
  text: kEnumerableProperty,
  arrayBuffer: kEnumerableProperty,
  [SymbolToStringTag]: {
    __proto__: null,
    configurable: true,
    value: 'Blob',
  },
});

// buffer.resolveObjectURL(url): a Blob with the data and type of the one
// URL.createObjectURL() registered under `url`, or undefined.
function resolveObjectURL(url) {
  url = `${url}`;
  const blob = require('internal/url').resolveObjectURL(url);
  if (!isBlob(blob)) return undefined;
  return createBlob(blob[kHandle], blob[kType]);
}

module.exports = {
  Blob,
  isBlob,
  resolveObjectURL,
};
