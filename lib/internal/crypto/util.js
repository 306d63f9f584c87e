'use strict';

// Helpers shared by the crypto modules: byte inputs from strings, buffers
// and ArrayBuffers, the DOMException of webcrypto, the default encoding,
// and the async job plumbing over internalBinding('crypto').CryptoJob.

const {
  ArrayPrototypeIncludes,
  StringPrototypeIncludes,
  Symbol,
  Uint8Array,
} = primordials;

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  hideStackFrames,
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/util');

const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

function getDefaultEncoding() {
  return 'buffer';
}

// A view of `buffer`'s bytes: strings are encoded with `encoding`,
// ArrayBuffers are viewed whole.
const getArrayBufferOrView = hideStackFrames((buffer, name, encoding) => {
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      name,
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      buffer,
    );
  }
  return buffer;
});

// Turns the ArrayBuffer a binding returned into a Buffer, or a string in
// `encoding` (anything but a known encoding means a Buffer).
function encodeResult(arrayBuffer, encoding) {
  const buf = new FastBuffer(arrayBuffer);
  if (!encoding || encoding === 'buffer') return buf;
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) return buf;
  return buf.toString(enc);
}

// A string in `encoding` (node's default: utf8) as a Buffer.
function toBuf(value, encoding) {
  if (typeof value === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  return value;
}

// Runs `start(job)` on the thread pool; `callback(err, value)` gets the
// result (mapped by `map` when given).
function runJob(start, callback, map) {
  const job = new binding.CryptoJob();
  job.oncomplete = map === undefined ? callback : (err, value) => {
    if (err) return callback(err);
    callback(null, map(value));
  };
  start(job);
}

// --pending-deprecation (or NODE_PENDING_DEPRECATION=1): the crypto
// deprecations node only emits then (DEP0115, DEP0182).
function pendingDeprecation() {
  return ArrayPrototypeIncludes(process.execArgv, '--pending-deprecation') ||
    StringPrototypeIncludes(process.env.NODE_OPTIONS || '', '--pending-deprecation') ||
    process.env.NODE_PENDING_DEPRECATION === '1';
}

function hasAnyNotIn(set, checks) {
  for (const s of set) if (!ArrayPrototypeIncludes(checks, s)) return true;
  return false;
}

module.exports = {
  binding,
  encodeResult,
  getArrayBufferOrView,
  getDefaultEncoding,
  hasAnyNotIn,
  kHandle,
  kKeyObject,
  lazyDOMException,
  pendingDeprecation,
  runJob,
  toBuf,
};
