'use strict';

// CompressionStream and DecompressionStream (stream/web): the readable and
// writable pair of a zlib stream (lib/zlib.js), made by the Duplex adapter
// of adapters.js.

const {
  ObjectDefineProperties,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const {
  defineInspect,
  defineToStringTag,
  kState,
  kType,
} = require('internal/webstreams/util');

let zlib;
let adapters;

function pairFor(format, compress) {
  zlib ??= require('zlib');
  adapters ??= require('internal/webstreams/adapters');
  let handle;
  switch (`${format}`) {
    case 'deflate':
      handle = compress ? zlib.createDeflate() : zlib.createInflate();
      break;
    case 'deflate-raw':
      handle = compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
      break;
    case 'gzip':
      handle = compress ? zlib.createGzip() : zlib.createGunzip();
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('format', format);
  }
  return adapters.newReadableWritablePairFromDuplex(handle);
}

class CompressionStream {
  constructor(format) {
    const pair = pairFor(format, true);
    this[kType] = 'CompressionStream';
    this[kState] = pair;
  }

  get readable() {
    if (!isCompression(this)) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isCompression(this)) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].writable;
  }
}

class DecompressionStream {
  constructor(format) {
    const pair = pairFor(format, false);
    this[kType] = 'DecompressionStream';
    this[kState] = pair;
  }

  get readable() {
    if (!isDecompression(this)) {
      throw new ERR_INVALID_THIS('DecompressionStream');
    }
    return this[kState].readable;
  }

  get writable() {
    if (!isDecompression(this)) {
      throw new ERR_INVALID_THIS('DecompressionStream');
    }
    return this[kState].writable;
  }
}

function isCompression(value) {
  return value?.[kType] === 'CompressionStream';
}

function isDecompression(value) {
  return value?.[kType] === 'DecompressionStream';
}

for (const [Class, is] of [[CompressionStream, isCompression],
  [DecompressionStream, isDecompression]]) {
  ObjectDefineProperties(Class.prototype, {
    readable: kEnumerableProperty,
    writable: kEnumerableProperty,
  });
  defineToStringTag(Class);
  defineInspect(Class, is, (stream) => ({
    readable: stream[kState].readable,
    writable: stream[kState].writable,
  }));
}

module.exports = {
  CompressionStream,
  DecompressionStream,
};
