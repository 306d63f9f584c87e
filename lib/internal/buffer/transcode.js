'use strict';

// isUtf8(), isAscii() and transcode() of the 'buffer' module. transcode()
// converts between utf8, utf16le, latin1 and ascii with the results node's
// ICU converters give: '?' for characters the target cannot hold, U+FFFD for
// undecodable input, and ICU's errors for utf8 <-> utf16le input that is
// not well-formed.

const {
  Error,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  StringPrototypeCharCodeAt,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  Uint8Array,
} = primordials;

const binding = internalBinding('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  genericNodeError,
} = require('internal/errors');
const {
  isAnyArrayBuffer,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');
const { normalizeEncoding } = require('internal/util');
const {
  FastBuffer,
  encodeString,
  encodingOps,
  nativeError,
} = require('internal/buffer');

function isDetached(arrayBuffer) {
  try {
    new Uint8Array(arrayBuffer);  // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

// The bytes of a TypedArray or (Shared)ArrayBuffer, as a view.
function bytesOf(input) {
  const typed = isTypedArray(input);
  const size = typed ? TypedArrayPrototypeGetByteLength(input) : input.byteLength;
  if (size === 0 &&
      isDetached(typed ? TypedArrayPrototypeGetBuffer(input) : input)) {
    throw nativeError(Error, 'ERR_INVALID_STATE',
                      'Cannot validate on a detached buffer');
  }
  return typed ? input : new Uint8Array(input);
}

function checkInput(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE(
      'input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
}

function isUtf8(input) {
  checkInput(input);
  return binding.isUtf8(bytesOf(input));
}

function isAscii(input) {
  checkInput(input);
  return binding.isAscii(bytesOf(input));
}

// --- transcode ---------------------------------------------------------------

const kTranscodable = { __proto__: null, utf8: 1, utf16le: 1, latin1: 1, ascii: 1 };
const kLoneSurrogate =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const kNotLatin1 = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g;
const kNotAscii = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;
const kHighBytes = /[\x80-\xff]/g;

function transcodeError(code, errno) {
  return genericNodeError(`Unable to transcode Buffer [${code}]`,
                          { code, errno });
}

function hasLoneSurrogate(string) {
  kLoneSurrogate.lastIndex = 0;
  return RegExpPrototypeExec(kLoneSurrogate, string) !== null;
}

function slice(ops, source) {
  return ops.nativeSlice(source, 0, TypedArrayPrototypeGetByteLength(source));
}

// The characters `source` holds, decoded as ICU decodes `encoding`.
function decode(source, encoding) {
  switch (encoding) {
    case 'latin1':
      return slice(encodingOps.latin1, source);
    case 'ascii':
      return RegExpPrototypeSymbolReplace(
        kHighBytes, slice(encodingOps.latin1, source), '\ufffd');
    case 'utf8':
      return slice(encodingOps.utf8, source);
    default:
      return slice(encodingOps.utf16le, source);
  }
}

function encode(string, encoding) {
  switch (encoding) {
    case 'latin1':
      string = RegExpPrototypeSymbolReplace(kNotLatin1, string, '?');
      return encodeString(string, encodingOps.latin1);
    case 'ascii':
      string = RegExpPrototypeSymbolReplace(kNotAscii, string, '?');
      return encodeString(string, encodingOps.latin1);
    case 'utf8':
      return encodeString(string, encodingOps.utf8);
    default:
      return encodeString(string, encodingOps.utf16le);
  }
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return new FastBuffer();
  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  if (kTranscodable[fromEncoding] === undefined ||
      kTranscodable[toEncoding] === undefined) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  // Single bytes widen to UTF-16 directly (even ASCII's high bytes).
  if (toEncoding === 'utf16le' &&
      (fromEncoding === 'latin1' || fromEncoding === 'ascii')) {
    return encode(decode(source, 'latin1'), 'utf16le');
  }
  if (fromEncoding === 'utf8' && toEncoding === 'utf16le' &&
      !binding.isUtf8(source)) {
    throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  }
  let string = decode(source, fromEncoding);
  if (fromEncoding === 'utf16le') {
    if (toEncoding === 'utf8' && (string.length === 0 || hasLoneSurrogate(string))) {
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    }
    if (toEncoding === 'utf16le') {
      // A trailing odd byte is one more U+FFFD, unless it follows a lead
      // surrogate, with which it forms a single bad sequence.
      const odd = source.length % 2 === 1;
      const last = StringPrototypeCharCodeAt(string, string.length - 1);
      string = RegExpPrototypeSymbolReplace(kLoneSurrogate, string, '\ufffd');
      if (odd && !(last >= 0xd800 && last <= 0xdbff)) string += '\ufffd';
    }
  }
  return encode(string, toEncoding);
}

module.exports = { isAscii, isUtf8, transcode };
