'use strict';

// The FileHandle of fs/promises: a JS object holding an fd, with the
// promise forms of the fd operations (read, write, stat, truncate...).
// Lifetime: the fd belongs to the FileHandle until close(); streams and
// in-flight operations hold references (kRef / kUnref) so that close()
// waits for them. A FileHandle collected while still open has its fd
// closed by a FinalizationRegistry, with node's warnings.

const {
  ArrayBufferPrototypeSlice,
  ArrayPrototypePush,
  MathMax,
  MathMin,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  SafeFinalizationRegistry,
  SafePromisePrototypeFinally,
  Symbol,
  SymbolAsyncIterator,
  SymbolIterator,
  Uint8Array,
} = primordials;

const binding = internalBinding('fs');
const EventEmitter = require('events');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const {
  kEmptyObject,
  SymbolAsyncDispose,
} = require('internal/util');
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  constants: { S_IFMT, S_IFREG },
  getOptions,
  getStatsFromBinding,
  kIoMaxLength,
  kMaxUserId,
  kReadFileBufferLength,
  kReadFileUnknownBufferLength,
  kWriteFileMaxChunkSize,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const { promiseRequest } = require('internal/fs/request');
const {
  kDeserialize,
  kTransfer,
  transferableBase,
} = require('internal/worker/js_transferable');
const { bindingPosition, stringBytes } = require('internal/fs/io');

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kWebStreamLocked = Symbol('kWebStreamLocked');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);

// --- closing on garbage collection ------------------------------------------

let gcDeprecationEmitted = false;
const gcRegistry = new SafeFinalizationRegistry((fd) => {
  try {
    binding.closeSync(fd);
  } catch {
    // Already gone: nothing more to do than to say so.
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!gcDeprecationEmitted) {
    gcDeprecationEmitted = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using ' +
      'FileHandle.prototype.close(). In the future, an error will be ' +
      'thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  }
});

function closeFd(handle, fd) {
  gcRegistry.unregister(handle);
  return promiseRequest((req) => binding.close(fd, req), 'close');
}

// --- FileHandle ------------------------------------------------------------------

// Transferable (postMessage(handle, [handle])): the fd moves to the new
// FileHandle on the receiving side, this one is left closed (fd -1).
class FileHandle extends transferableBase(EventEmitter) {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    // Made empty for a transfer: the fd comes with [kDeserialize].
    if (fd !== undefined) gcRegistry.register(this, fd, this);
  }

  [kTransfer]() {
    if (this[kClosePromise] || this[kRefs] > 1 || this[kWebStreamLocked]) {
      throw lazyDOMException('Cannot transfer FileHandle while in use',
                             'DataCloneError');
    }
    const fd = this[kFd];
    this[kFd] = -1;
    this[kRefs] = 0;
    gcRegistry.unregister(this);
    return {
      data: { fd },
      deserializeInfo: 'internal/fs/file_handle:FileHandle',
    };
  }

  [kDeserialize]({ fd }) {
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    gcRegistry.register(this, fd, this);
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFile, this, options);
  }

  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFile, this, data, options);
  }

  // An own property (not a method), so `const { close } = handle` works.
  close = () => {
    if (this[kFd] === -1) return PromiseResolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      this[kClosePromise] = SafePromisePrototypeFinally(
        closeFd(this, fd), () => { this[kClosePromise] = undefined; });
    } else {
      // Operations are in flight: the last one to finish closes the fd.
      this[kClosePromise] = SafePromisePrototypeFinally(
        new Promise((resolve, reject) => {
          this[kCloseResolve] = resolve;
          this[kCloseReject] = reject;
        }), () => {
          this[kClosePromise] = undefined;
          this[kCloseReject] = undefined;
          this[kCloseResolve] = undefined;
        });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [SymbolAsyncDispose]() {
    return this.close();
  }

  // A ReadableStream of the file from the start (of ArrayBuffers, as in
  // node 20); a 'bytes' stream when
  // options.type is 'bytes' (a BYOB read then reads into the caller's view).
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) {
      throw new ERR_INVALID_STATE('The FileHandle is closed');
    }
    if (this[kClosePromise]) {
      throw new ERR_INVALID_STATE('The FileHandle is closing');
    }
    if (this[kWebStreamLocked]) {
      throw new ERR_INVALID_STATE('The FileHandle is locked');
    }
    this[kWebStreamLocked] = true;
    const { ReadableStream } = require('stream/web');
    let position = 0;
    const handle = this;
    // Closing the handle ends the stream.
    let onClose;
    const stopWatching = () => {
      if (onClose !== undefined) handle.removeListener('close', onClose);
      onClose = undefined;
    };
    return new ReadableStream({
      type: options.type,
      start(controller) {
        onClose = () => {
          stopWatching();
          try {
            controller.close();
            controller.byobRequest?.respond(0);
          } catch {
            // Already closed or errored.
          }
        };
        handle.on('close', onClose);
      },
      cancel: stopWatching,
      async pull(controller) {
        if (handle[kFd] === -1) return;
        const request = controller.byobRequest;
        const buffer = request?.view ??
          new Uint8Array(kReadFileUnknownBufferLength);
        const { bytesRead } = await handle.read(buffer, buffer.byteOffset,
                                                buffer.byteLength, position);
        position += bytesRead;
        if (bytesRead === 0) {
          stopWatching();
          controller.close();
          request?.respond(0);
          return;
        }
        if (request) {
          request.respond(bytesRead);
        } else {
          // Node 20 gives ArrayBuffer chunks here.
          controller.enqueue(bytesRead === buffer.byteLength ? buffer.buffer :
            ArrayBufferPrototypeSlice(buffer.buffer, 0, bytesRead));
        }
      },
    });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      PromisePrototypeThen(closeFd(this, fd), this[kCloseResolve],
                           this[kCloseReject]);
    }
  }
}

// Runs an fd operation while holding a reference, so that a concurrent
// close() waits for it.
async function fsCall(fn, handle, ...args) {
  if (handle?.[kRefs] === undefined) {
    const { ERR_INTERNAL_ASSERTION } = require('internal/errors').codes;
    throw new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle');
  }
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

function checkAborted(signal) {
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
}

// --- fd operations -----------------------------------------------------------------

function call(op, syscall, ...args) {
  return promiseRequest((req) => binding[op](...args, req), syscall);
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // handle.read(options)
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = lazyBuffer().alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    // handle.read(buffer, options)
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer,
                                    'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  const bytesRead = (await call('read', 'read', handle.fd, buffer, offset,
                                length, bindingPosition(position))) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  const bytesRead = (await call('readv', 'read', handle.fd, buffers,
                                bindingPosition(position))) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) {
    return { __proto__: null, bytesWritten: 0, buffer };
  }
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await call('write', 'write', handle.fd, buffer,
                                     offset, length,
                                     bindingPosition(position))) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = stringBytes(buffer, length);
  const bytesWritten = (bytes !== null ?
    await call('write', 'write', handle.fd, bytes, 0, bytes.byteLength,
               bindingPosition(offset)) :
    await call('writeString', 'write', handle.fd, buffer,
               bindingPosition(offset), 'utf8')) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (buffers.length === 0) {
    return { __proto__: null, bytesWritten: 0, buffers };
  }
  const bytesWritten = (await call('writev', 'write', handle.fd, buffers,
                                   bindingPosition(position))) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function fstat(handle, options = { bigint: false }) {
  const stats = await call('fstat', 'fstat', handle.fd, options.bigint === true);
  return getStatsFromBinding(stats);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = MathMax(0, len);
  return call('ftruncate', 'ftruncate', handle.fd, len);
}

async function fsync(handle) {
  return call('fsync', 'fsync', handle.fd);
}

async function fdatasync(handle) {
  return call('fdatasync', 'fdatasync', handle.fd);
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call('fchmod', 'fchmod', handle.fd, mode | 0);
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('fchown', 'fchown', handle.fd, uid >>> 0, gid >>> 0);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call('futimes', 'futime', handle.fd, atime, mtime);
}

// --- whole-file reads and writes on a handle -------------------------------------------

// From the current position to the end: the file's size at once when it is
// a regular file, 64 KiB pieces otherwise.
async function readFileHandle(handle, options) {
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const stats = await call('fstat', 'fstat', handle.fd, false);
  checkAborted(signal);
  const size = (stats[1] & S_IFMT) === S_IFREG ? stats[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const Buffer = lazyBuffer();
  let result;
  if (size !== 0) {
    result = Buffer.allocUnsafeSlow(size);
    let total = 0;
    while (total < size) {
      checkAborted(signal);
      const length = MathMin(size - total, kReadFileBufferLength);
      const bytesRead = (await call('read', 'read', handle.fd, result, total,
                                    length, -1)) ?? 0;
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total < size) result = result.subarray(0, total);
  } else {
    const buffers = [];
    let total = 0;
    for (;;) {
      checkAborted(signal);
      const chunk = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      const bytesRead = (await call('read', 'read', handle.fd, chunk, 0,
                                    kReadFileUnknownBufferLength, -1)) ?? 0;
      if (bytesRead === 0) break;
      ArrayPrototypePush(buffers, chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    result = Buffer.concat(buffers, total);
  }
  return encoding ? result.toString(encoding) : result;
}

function isCustomIterable(obj) {
  return obj != null && typeof obj !== 'string' && !isArrayBufferView(obj) &&
    (typeof obj[SymbolIterator] === 'function' ||
     typeof obj[SymbolAsyncIterator] === 'function');
}

async function writeFileHandle(handle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const toWrite = isArrayBufferView(chunk) ?
        chunk : lazyBuffer().from(chunk, encoding || 'utf8');
      let remaining = toWrite.byteLength;
      while (remaining > 0) {
        const writeSize = MathMin(kWriteFileMaxChunkSize, remaining);
        const { bytesWritten } = await write(
          handle, toWrite, toWrite.byteLength - remaining, writeSize);
        remaining -= bytesWritten;
        checkAborted(signal);
      }
    }
    return;
  }
  data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let remaining = data.byteLength;
  if (remaining === 0) return;
  do {
    checkAborted(signal);
    const { bytesWritten } = await write(
      handle, data, 0, MathMin(kWriteFileMaxChunkSize, data.byteLength));
    remaining -= bytesWritten;
    data = new Uint8Array(data.buffer, data.byteOffset + bytesWritten,
                          data.byteLength - bytesWritten);
  } while (remaining > 0);
}

// writeFile's options and data, checked: data is an ArrayBufferView, an
// iterable (of strings or views) or a string (encoded here).
function prepareWriteFile(data, options, defaultFlag) {
  options = getOptions(options, {
    encoding: 'utf8', mode: 0o666, flag: defaultFlag, flush: false,
  });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = lazyBuffer().from(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal);
  return { data, options, flush };
}

// handle.readFile(): from the handle's position to the end.
async function readFile(handle, options) {
  return readFileHandle(handle, getOptions(options, { flag: 'r' }));
}

// handle.writeFile() / handle.appendFile(): at the handle's position.
async function writeFile(handle, data, options) {
  const prepared = prepareWriteFile(data, options, 'w');
  return writeFileHandle(handle, prepared.data, prepared.options.signal,
                         prepared.options.encoding);
}

// Settles like `operation`, after closing the handle either way.
function handleFdClose(operation, close) {
  return PromisePrototypeThen(
    operation,
    (result) => PromisePrototypeThen(close(), () => result),
    (opError) => PromisePrototypeThen(
      close(),
      () => PromiseReject(opError),
      (closeError) => PromiseReject(
        require('internal/errors').aggregateTwoErrors(closeError, opError))));
}

module.exports = {
  checkAborted,
  FileHandle,
  fsCall,
  handleFdClose,
  kRef,
  kUnref,
  prepareWriteFile,
  readFileHandle,
  writeFileHandle,
  fsync,
};
