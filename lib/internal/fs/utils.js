'use strict';

// Helpers shared by the fs modules: open flags and modes, path and fd
// validation (file: URLs, Buffers, null bytes), option bags, the offset /
// length / position checks of read and write, times, and the rm / rmdir / cp
// option checks. Stats, StatFs and Dirent live in internal/fs/stats and are
// re-exported here.

const {
  ArrayIsArray,
  DateNow,
  DatePrototypeGetTime,
  MathTrunc,
  NumberIsFinite,
  RangeError,
  TypeError,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  TypedArrayPrototypeIncludes,
} = primordials;

const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  uvException,
} = require('internal/errors');
const {
  isArrayBufferView,
  isDate,
  isUint8Array,
} = require('internal/util/types');
const {
  kEmptyObject,
  once,
} = require('internal/util');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { toPathIfFileURL } = require('internal/url');
const stats = require('internal/fs/stats');

const fsConstants = internalBinding('constants').fs;
const {
  F_OK,
  O_APPEND,
  O_CREAT,
  O_EXCL,
  O_RDONLY,
  O_RDWR,
  O_SYNC,
  O_TRUNC,
  O_WRONLY,
  R_OK,
  W_OK,
  UV_FS_SYMLINK_DIR,
  UV_FS_SYMLINK_JUNCTION,
  X_OK,
  COPYFILE_EXCL,
  COPYFILE_FICLONE,
  COPYFILE_FICLONE_FORCE,
} = fsConstants;

// The largest single read or write (INT32_MAX, as libuv takes an int).
const kIoMaxLength = 2 ** 31 - 1;
// readFile reads in chunks of this size, or of the next one when the size
// is unknown (pipes, /proc files).
const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;
// uid/gid: -1 means "leave unchanged".
const kMaxUserId = 2 ** 32 - 1;

let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);

// 'r', 'w+', 'ax'... -> O_* bits. Numbers pass through; null means 'r'.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

// --- paths and fds -----------------------------------------------------------

function validatePath(path, propName = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const hasNul = typeof path === 'string' ?
    StringPrototypeIncludes(path, '\u0000') :
    TypedArrayPrototypeIncludes(path, 0);
  if (hasNul) {
    throw new ERR_INVALID_ARG_VALUE(
      propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

// A string or Buffer path from a string, Buffer or file: URL.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
}

function getValidatedFd(fd, propName = 'fd') {
  validateInt32(fd, propName, 0);
  return fd | 0;  // -0 passes the check but is no int32 for the binding
}

// --- options -------------------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// An options argument that may be an encoding string, an object, or absent.
function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    validateAbortSignal(options.signal, 'options.signal');
  }
  return options;
}

// A copy of the options with their inherited enumerable properties too
// (node reads options through the prototype chain).
function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// The callback of a callback-style API, or ERR_INVALID_ARG_TYPE ('cb').
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Whether names should come from the binding as their raw bytes (one-byte
// strings): for every encoding but UTF-8, so that no byte is lost.
function isRawEncoding(encoding) {
  return !(encoding == null || encoding === 'utf8' || encoding === 'utf-8');
}

// A name the binding returned (UTF-8, or raw bytes when `raw`) in the
// encoding the caller asked for.
function encodeName(name, encoding, raw = false) {
  if (!isRawEncoding(encoding)) return name;
  const buffer = lazyBuffer().from(name, raw ? 'latin1' : 'utf8');
  return encoding === 'buffer' ? buffer : buffer.toString(encoding);
}

function encodeNames(names, encoding, raw = false) {
  if (!isRawEncoding(encoding)) return names;
  for (let i = 0; i < names.length; i++) {
    names[i] = encodeName(names[i], encoding, raw);
  }
  return names;
}

// A name from the binding as a path component: raw names as their bytes.
function rawNamePath(name, raw) {
  return raw ? lazyBuffer().from(name, 'latin1') : name;
}

// `dir`/`name` as a Buffer path, for a raw name.
function joinRawName(dir, name) {
  const Buffer = lazyBuffer();
  return Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, 'latin1')]);
}

// node checks the access() / copyFile() mode in its binding, so these
// errors have that form: a plain TypeError / RangeError carrying `code`,
// without the code in the stack header.
function nativeError(ErrorClass, code, message) {
  const err = new ErrorClass(message);
  err.code = code;
  return err;
}

// A number (truncated), or null/undefined for the default.
function getValidMode(mode, type) {
  let min = F_OK;
  let max = F_OK | R_OK | W_OK | X_OK;
  let def = F_OK;
  if (type === 'copyFile') {
    min = 0;
    max = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
    def = 0;
  }
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'mode must be int32 or null/undefined');
  }
  if (!NumberIsFinite(mode)) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  }
  mode = MathTrunc(mode);
  if (mode < min || mode > max) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE',
                      `mode is out of range: >= ${min} && <= ${max}`);
  }
  return mode | 0;  // -0 (from -0.5) is not an int32 for the binding
}

// Seconds since the epoch from a Date, a number or a numeric string.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (NumberIsFinite(time)) {
    if (time < 0) return DateNow() / 1000;
    return time;
  }
  if (isDate(time)) return DatePrototypeGetTime(time) / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// --- read / write arguments ----------------------------------------------------

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) {
    throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  }
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A file position: an integer >= -1 or a BigInt in int64 range.
function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name,
                                 `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`,
                                 position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!ArrayIsArray(buffers)) {
    throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

// write() and writeFile() data that is not an ArrayBufferView must be a
// string (node 20 no longer stringifies other objects).
function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(
      name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// --- rm / rmdir / symlink / mkdtemp ---------------------------------------------

const defaultRmOptions = {
  recursive: false,
  force: false,
  retryDelay: 100,
  maxRetries: 0,
};

const defaultRmdirOptions = {
  retryDelay: 100,
  maxRetries: 0,
  recursive: false,
};

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function rmIsDirError(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: -21,
  });
}

// rm() checks the target with lstat before anything else: a missing path
// fails unless `force`, a directory fails unless `recursive`.
function validateRmOptions(path, options, expectDir, cb) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  const { lstat } = require('fs');
  lstat(path, (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    if (expectDir && !stats.isDirectory()) return cb(false);
    if (stats.isDirectory() && !options.recursive) {
      return cb(rmIsDirError(path));
    }
    return cb(null, options);
  });
}

function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || expectDir || !options.recursive) {
    const isDirectory = require('fs')
      .lstatSync(path, { throwIfNoEntry: !options.force })?.isDirectory();
    if (expectDir && !isDirectory) return false;
    if (isDirectory && !options.recursive) throw rmIsDirError(path);
  }
  return options;
}

const emitRecursiveRmdirWarning = once((path) => {
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning',
    'DEP0147',
  );
});

function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': flags |= UV_FS_SYMLINK_DIR; break;
      case 'junction': flags |= UV_FS_SYMLINK_JUNCTION; break;
      case 'file': break;
      default: throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
    }
  }
  return flags;
}

const nonPortableTemplateWarn = once(() => {
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                      'For details see: https://nodejs.org/api/fs.html');
});

function warnOnNonPortableTemplate(template) {
  if (typeof template === 'string' ?
    StringPrototypeEndsWith(template, 'X') :
    template[template.length - 1] === 0x58) {
    nonPortableTemplateWarn();
  }
}

// --- cp --------------------------------------------------------------------------

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  validateInteger(options.mode, 'mode', 0,
                  COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) {
    validateFunction(options.filter, 'options.filter');
  }
  return options;
}

// --- system errors ---------------------------------------------------------------

// The system error of a failed request: `ENOENT: ..., open 'x'`.
function fsError(errno, syscall, path, dest) {
  const ctx = { errno, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  return uvException(ctx);
}

module.exports = {
  ...stats,
  assertEncoding,
  constants: fsConstants,
  copyObject,
  emitRecursiveRmdirWarning,
  encodeName,
  encodeNames,
  isRawEncoding,
  joinRawName,
  rawNamePath,
  fsError,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  kIoMaxLength,
  kMaxUserId,
  kReadFileBufferLength,
  kReadFileUnknownBufferLength,
  kWriteFileMaxChunkSize,
  makeCallback,
  stringToFlags,
  stringToSymlinkType,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
  validateStringAfterArrayBufferView,
  warnOnNonPortableTemplate,
};
