'use strict';

// fs functions on file descriptors, callback and sync forms: open, close,
// read, readv, write, writev, fstat, fsync, fdatasync, ftruncate, truncate,
// fchmod, fchown, futimes.

const {
  MathMax,
  NumberIsSafeInteger,
} = primordials;

const binding = internalBinding('fs');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const { kEmptyObject, normalizeEncoding } = require('internal/util');
const {
  kValidateObjectAllowNullable,
  parseFileMode,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  fsError,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  kMaxUserId,
  makeCallback,
  stringToFlags,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const { callbackRequest, rawRequest } = require('internal/fs/request');

let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);

// What the binding takes as a position: a number, a BigInt, or -1 for "the
// current position" (null, undefined and anything else).
function bindingPosition(position) {
  if (typeof position === 'number') {
    return NumberIsSafeInteger(position) && position >= 0 ? position : -1;
  }
  if (typeof position === 'bigint') return position >= 0n ? position : -1;
  return -1;
}

// A string to write: the binding encodes UTF-8 itself; other encodings
// become bytes here. An unknown encoding means UTF-8, as in node.
function stringBytes(string, encoding) {
  const enc = normalizeEncoding(encoding) ?? 'utf8';
  if (enc === 'utf8') return null;
  return lazyBuffer().from(string, enc);
}

// --- open / close ------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber | 0, mode | 0,
               callbackRequest(callback, 'open', path));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.openSync(path, stringToFlags(flags) | 0,
                          parseFileMode(mode, 'mode', 0o666) | 0);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callbackRequest(callback, 'close'));
}

function closeSync(fd) {
  binding.closeSync(getValidatedFd(fd));
}

// --- read ----------------------------------------------------------------------

// fs.read(fd, buffer, offset, length, position, cb), (fd, buffer, options,
// cb), (fd, options, cb) and (fd, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    if (params !== undefined) {
      validateObject(params, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }

  validateBuffer(buffer);
  validateFunction(callback, 'cb');

  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer,
                                    'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);

  binding.read(fd, buffer, offset, length, bindingPosition(position),
               rawRequest((errno, bytesRead) => {
                 if (errno !== 0) {
                   callback(fsError(errno, 'read'), 0, buffer);
                   return;
                 }
                 callback(null, bytesRead || 0, buffer);
               }));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer,
                                    'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return binding.readSync(fd, buffer, offset, length,
                          bindingPosition(position));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  binding.readv(fd, buffers, bindingPosition(position),
                rawRequest((errno, bytesRead) => {
                  if (errno !== 0) {
                    callback(fsError(errno, 'read'), 0, buffers);
                    return;
                  }
                  callback(null, bytesRead || 0, buffers);
                }));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  return binding.readvSync(fd, buffers, bindingPosition(position));
}

// --- write ---------------------------------------------------------------------

// fs.write(fd, buffer[, offset[, length[, position]]], cb),
// (fd, buffer, options, cb) and (fd, string[, position[, encoding]], cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  const done = (errno, written) => {
    if (errno !== 0) {
      callback(fsError(errno, 'write'), 0, buffer);
      return;
    }
    callback(null, written || 0, buffer);
  };

  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, buffer, offset, length, bindingPosition(position),
                  rawRequest(done));
    return;
  }

  validateStringAfterArrayBufferView(buffer, 'buffer');
  // The string form: (fd, string, position, encoding, cb).
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  validateEncoding(buffer, length);
  callback = makeCallback(position);
  const bytes = stringBytes(buffer, length);
  if (bytes !== null) {
    binding.write(fd, bytes, 0, bytes.byteLength, bindingPosition(offset),
                  rawRequest(done));
    return;
  }
  binding.writeString(fd, buffer, bindingPosition(offset), 'utf8',
                      rawRequest(done));
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
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
    // As node: a position that is not a number (a BigInt too) means "the
    // current position" for writes.
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.writeSync(fd, buffer, offset, length,
                             bindingPosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = stringBytes(buffer, length);
  if (bytes !== null) {
    return binding.writeSync(fd, bytes, 0, bytes.byteLength,
                             bindingPosition(offset));
  }
  return binding.writeStringSync(fd, buffer, bindingPosition(offset), 'utf8');
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  binding.writev(fd, buffers, bindingPosition(position),
                 rawRequest((errno, written) => {
                   if (errno !== 0) {
                     callback(fsError(errno, 'write'), 0, buffers);
                     return;
                   }
                   callback(null, written || 0, buffers);
                 }));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return binding.writevSync(fd, buffers, bindingPosition(position));
}

// --- fstat, sync, truncate -------------------------------------------------------

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, options.bigint === true,
                callbackRequest(callback, 'fstat', undefined, undefined,
                                getStatsFromBinding));
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstatSync(fd, options.bigint === true));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, callbackRequest(callback, 'fsync'));
}

function fsyncSync(fd) {
  binding.fsyncSync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, callbackRequest(callback, 'fdatasync'));
}

function fdatasyncSync(fd) {
  binding.fdatasyncSync(getValidatedFd(fd));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = MathMax(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callbackRequest(callback, 'ftruncate'));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncateSync(fd, len);
}

let truncateWarned = false;
function showTruncateDeprecation() {
  if (truncateWarned) return;
  truncateWarned = true;
  process.emitWarning(
    'Using fs.truncate with a file descriptor is deprecated. Please use ' +
    'fs.ftruncate with a file descriptor instead.',
    'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = MathMax(0, len);
  callback = makeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, rawRequest((errno) => {
      const truncateErr = errno !== 0 ? fsError(errno, 'ftruncate') : null;
      close(fd, (closeErr) => {
        callback(aggregateTwoErrors(closeErr, truncateErr));
      });
    }));
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    showTruncateDeprecation();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  len = MathMax(0, len);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

// --- fchmod, fchown, futimes -------------------------------------------------------

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode | 0, callbackRequest(callback, 'fchmod'));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmodSync(fd, parseFileMode(mode, 'mode') | 0);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  callback = makeCallback(callback);
  binding.fchown(fd, uid >>> 0, gid >>> 0,
                 callbackRequest(callback, 'fchown'));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.fchownSync(fd, uid >>> 0, gid >>> 0);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, callbackRequest(callback, 'futime'));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimesSync(fd, toUnixTimestamp(atime, 'atime'),
                      toUnixTimestamp(mtime, 'mtime'));
}

module.exports = {
  bindingPosition,
  stringBytes,
  close,
  closeSync,
  fchmod,
  fchmodSync,
  fchown,
  fchownSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  open,
  openSync,
  read,
  readSync,
  readv,
  readvSync,
  truncate,
  truncateSync,
  write,
  writeSync,
  writev,
  writevSync,
};
