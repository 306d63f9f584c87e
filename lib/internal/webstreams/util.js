'use strict';

// Shared pieces of the web streams (lib/stream/web.js): the chunk queue,
// promise helpers, strategy extraction, byte-buffer helpers and the inspect
// shape node prints. Used by every file of lib/internal/webstreams/.

const {
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeSlice,
  NumberIsNaN,
  ObjectDefineProperty,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  Symbol,
  SymbolToStringTag,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { isArrayBufferView, isDataView, isSharedArrayBuffer } =
  require('internal/util/types');

const kState = Symbol('kState');
const kType = Symbol('kType');
// Passed to the constructors by internal code only: a stream or controller
// set up by algorithms instead of a user's source or sink.
const kInternal = Symbol('kInternal');

let inspect;
let structuredCloneForTransfer;

// A FIFO of chunks with their sizes. Shifting moves a head index instead of
// renumbering the array; the array is compacted when the head passes half of
// it, so a long-lived stream does not grow.
class ChunkQueue {
  constructor() {
    this.chunks = [];
    this.sizes = [];
    this.head = 0;
    this.totalSize = 0;
  }

  get length() {
    return this.chunks.length - this.head;
  }

  push(chunk, size) {
    this.chunks.push(chunk);
    this.sizes.push(size);
    this.totalSize += size;
  }

  peek() {
    return this.chunks[this.head];
  }

  shift() {
    const i = this.head;
    const chunk = this.chunks[i];
    this.totalSize -= this.sizes[i];
    if (this.totalSize < 0) this.totalSize = 0;
    this.chunks[i] = undefined;
    this.head = i + 1;
    if (this.head === this.chunks.length) {
      this.chunks.length = 0;
      this.sizes.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.sizes = this.sizes.slice(this.head);
      this.head = 0;
    }
    return chunk;
  }

  reset() {
    this.chunks = [];
    this.sizes = [];
    this.head = 0;
    this.totalSize = 0;
  }
}

// A promise with its settle functions: the one closure pair a pending
// operation needs. `settled` lets the state machine settle at most once.
class Deferred {
  constructor() {
    this.settled = false;
    this.promise = new Promise((resolve, reject) => {
      this.resolveFn = resolve;
      this.rejectFn = reject;
    });
  }

  resolve(value) {
    if (this.settled) return;
    this.settled = true;
    this.resolveFn(value);
  }

  reject(error) {
    if (this.settled) return;
    this.settled = true;
    this.rejectFn(error);
  }
}

function nop() {}

// Marks a promise whose rejection nobody is required to observe.
function setPromiseHandled(promise) {
  PromisePrototypeThen(promise, undefined, nop);
}

// A deferred that was rejected and is handled, as the spec's `ready` and
// `closed` promises are after an error.
function rejectedHandled(deferred, error) {
  deferred.reject(error);
  setPromiseHandled(deferred.promise);
}

// Calls `method` of `object` (if any) with `args`, turning a throw or a
// non-promise into a promise, as the spec's "invoke a callback" does.
function promiseCall(fn, thisArg, arg1, arg2) {
  try {
    const result = fn === undefined ? undefined :
      (arg2 === undefined ? ReflectApply(fn, thisArg, [arg1]) :
        ReflectApply(fn, thisArg, [arg1, arg2]));
    return PromiseResolve(result);
  } catch (error) {
    return PromiseReject(error);
  }
}

function extractHighWaterMark(value, defaultValue) {
  if (value === undefined) return defaultValue;
  value = +value;
  if (NumberIsNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function defaultSize() {
  return 1;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return defaultSize;
  validateFunction(size, 'strategy.size');
  return size;
}

// Whether `buffer` can no longer be used: detached (length 0 and not
// resizable) as far as JavaScript can tell in V8 10.2.
function isDetached(buffer) {
  if (ArrayBufferPrototypeGetByteLength(buffer) !== 0) return false;
  try {
    // A detached buffer cannot be sliced.
    ArrayBufferPrototypeSlice(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

// TransferArrayBuffer: a new buffer owning the bytes; `buffer` is detached.
function transferArrayBuffer(buffer) {
  structuredCloneForTransfer ??=
    require('internal/structured_clone').structuredClone;
  return structuredCloneForTransfer(buffer, { transfer: [buffer] });
}

function canTransferArrayBuffer(buffer) {
  return !isSharedArrayBuffer(buffer) && !isDetached(buffer);
}

function copyBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  TypedArrayPrototypeSet(new Uint8Array(toBuffer, toIndex, count),
                         new Uint8Array(fromBuffer, fromIndex, count));
}

function viewBuffer(view) {
  return isDataView(view) ? view.buffer : TypedArrayPrototypeGetBuffer(view);
}

function viewByteLength(view) {
  return isDataView(view) ? view.byteLength :
    TypedArrayPrototypeGetByteLength(view);
}

function viewByteOffset(view) {
  return isDataView(view) ? view.byteOffset :
    TypedArrayPrototypeGetByteOffset(view);
}

// A copy of the bytes of `view` in a new ArrayBuffer.
function cloneAsUint8Array(view) {
  const buffer = viewBuffer(view);
  const offset = viewByteOffset(view);
  return new Uint8Array(ArrayBufferPrototypeSlice(
    buffer, offset, offset + viewByteLength(view)));
}

// `Name { ...data }` as node prints web stream objects.
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = {
    ...options,
    depth: options.depth == null ? null : options.depth - 1,
  };
  return `${name} ${inspect(data, opts)}`;
}

// Installs the inspect hook on `Class.prototype`: `data(obj)` gives the
// fields to print for an instance; a non-instance throws ERR_INVALID_THIS.
function defineInspect(Class, isInstance, data) {
  const name = Class.name;
  const { customInspectSymbol } = require('internal/util');
  ObjectDefineProperty(Class.prototype, customInspectSymbol, {
    __proto__: null,
    configurable: true,
    writable: true,
    enumerable: false,
    value: function(depth, options) {
      if (!isInstance(this)) throw new ERR_INVALID_THIS(name);
      return ReflectApply(customInspect, this,
                          [depth, options, name, data(this)]);
    },
  });
}

function defineToStringTag(Class) {
  ObjectDefineProperty(Class.prototype, SymbolToStringTag, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: false,
    value: Class.name,
  });
}

function isBrand(obj, type) {
  return obj != null && typeof obj === 'object' && obj[kType] === type;
}

function enqueueMicrotaskOnce(fn) {
  PromisePrototypeThen(PromiseResolve(), fn);
}

let lazyDOMException;
function DOMExceptionCtor() {
  lazyDOMException ??=
    require('internal/per_context/domexception').DOMException;
  return lazyDOMException;
}

function abortErrorFor(signal) {
  const reason = signal.reason;
  if (reason !== undefined) return reason;
  const DOMException = DOMExceptionCtor();
  return new DOMException('This operation was aborted', 'AbortError');
}

module.exports = {
  ChunkQueue,
  Deferred,
  DOMExceptionCtor,
  abortErrorFor,
  canTransferArrayBuffer,
  cloneAsUint8Array,
  copyBytes,
  defineInspect,
  defineToStringTag,
  enqueueMicrotaskOnce,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isArrayBufferView,
  isBrand,
  isDetached,
  kInternal,
  kState,
  kType,
  nop,
  promiseCall,
  rejectedHandled,
  setPromiseHandled,
  transferArrayBuffer,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
};
