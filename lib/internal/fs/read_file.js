'use strict';

// Whole-file reads and writes, callback and sync forms: readFile,
// writeFile, appendFile. readFile opens, fstats, reads in chunks (the whole
// size for a regular file, 64 KiB pieces when the size is unknown) and
// closes, each step a request whose error names its syscall.

const {
  ArrayPrototypePush,
  MathMin,
} = primordials;

const binding = internalBinding('fs');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const {
  isInt32,
  validateBoolean,
  validateFunction,
} = require('internal/validators');
const {
  constants: { S_IFMT, S_IFREG },
  copyObject,
  fsError,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  kIoMaxLength,
  kReadFileBufferLength,
  kReadFileUnknownBufferLength,
  stringToFlags,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const { rawRequest } = require('internal/fs/request');

let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);
let fsModule;
const lazyFs = () => (fsModule ??= require('fs'));

// The whole file as a UTF-8 string in one native call (src/fs_dir.cc).
const readFileUtf8Sync = binding.readFileUtf8;

const { UV_EBADF } = internalBinding('uv');

// A path argument that is an fd the caller owns.
const isFd = isInt32;

function sizeFromStats(stats) {
  return (stats[1] & S_IFMT) === S_IFREG ? stats[8] : 0;
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// --- readFile ------------------------------------------------------------------

// The state of one readFile() call, from open to close.
class ReadFileContext {
  constructor(callback, encoding, isUserFd, signal) {
    this.callback = callback;
    this.encoding = encoding;
    this.isUserFd = isUserFd;
    this.signal = signal;
    this.fd = undefined;
    this.size = 0;
    this.pos = 0;
    this.buffer = null;
    this.buffers = null;
    this.err = null;
  }

  afterOpen(fd) {
    if (this.isUserFd) fd = getValidatedFd(fd);
    this.fd = fd;
    binding.fstat(fd, false, rawRequest((errno, stats) => {
      if (errno !== 0) return this.close(fsError(errno, 'fstat'));
      const size = sizeFromStats(stats);
      if (size > kIoMaxLength) {
        return this.close(new ERR_FS_FILE_TOO_LARGE(size));
      }
      try {
        if (size === 0) {
          this.buffers = [];
        } else {
          this.buffer = lazyBuffer().allocUnsafeSlow(size);
        }
      } catch (err) {
        return this.close(err);
      }
      this.size = size;
      this.read();
    }));
  }

  read() {
    if (this.signal?.aborted) {
      return this.close(
        new AbortError(undefined, { cause: this.signal.reason }));
    }
    let buffer;
    let offset;
    let length;
    if (this.size === 0) {
      buffer = this.buffer = lazyBuffer().allocUnsafeSlow(
        kReadFileUnknownBufferLength);
      offset = 0;
      length = kReadFileUnknownBufferLength;
    } else {
      buffer = this.buffer;
      offset = this.pos;
      length = MathMin(kReadFileBufferLength, this.size - this.pos);
    }
    binding.read(this.fd, buffer, offset, length, -1,
                 rawRequest((errno, bytesRead) => this.afterRead(errno, bytesRead)));
  }

  afterRead(errno, bytesRead) {
    if (errno !== 0) return this.close(fsError(errno, 'read'));
    this.pos += bytesRead;
    if (this.size === 0 && bytesRead !== 0) {
      ArrayPrototypePush(this.buffers,
                         bytesRead === kReadFileUnknownBufferLength ?
                           this.buffer : this.buffer.slice(0, bytesRead));
    }
    if (this.pos === this.size || bytesRead === 0) {
      this.close(null);
    } else {
      this.read();
    }
  }

  close(err) {
    this.err = err;
    if (this.isUserFd) {
      process.nextTick(() => this.afterClose(null));
      return;
    }
    binding.close(this.fd, rawRequest((errno) => {
      this.afterClose(errno !== 0 ? fsError(errno, 'close') : null);
    }));
  }

  afterClose(closeErr) {
    const { callback } = this;
    if (this.err || closeErr) {
      return callback(aggregateTwoErrors(closeErr, this.err));
    }
    let result;
    try {
      if (this.size === 0) {
        result = lazyBuffer().concat(this.buffers, this.pos);
      } else if (this.pos < this.size) {
        result = this.buffer.slice(0, this.pos);
      } else {
        result = this.buffer;
      }
      if (this.encoding) result = result.toString(this.encoding);
    } catch (err) {
      return callback(err);
    }
    callback(null, result);
  }
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  const context = new ReadFileContext(callback, options.encoding, isUserFd,
                                      options.signal);
  if (isUserFd) {
    process.nextTick(() => context.afterOpen(path));
    return;
  }
  if (checkAborted(options.signal, callback)) return;
  const flags = stringToFlags(options.flag, 'options.flag');
  path = getValidatedPath(path);
  binding.open(path, flags | 0, 0o666, rawRequest((errno, fd) => {
    if (errno !== 0) return callback(fsError(errno, 'open', path));
    context.afterOpen(fd);
  }));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  if (options.encoding === 'utf8' || options.encoding === 'utf-8') {
    if (!isUserFd) path = getValidatedPath(path);
    // The binding reads string paths and fds in one call; Buffer paths
    // take the general way below. A negative fd fails as node's read does.
    if (isUserFd && path < 0) throw fsError(UV_EBADF, 'read');
    if (typeof path !== 'object') {
      return readFileUtf8Sync(isUserFd ? path | 0 : path,
                              stringToFlags(options.flag) | 0);
    }
  }
  const fs = lazyFs();
  const fd = isUserFd ? getValidatedFd(path) :
    fs.openSync(path, options.flag, 0o666);
  let buffer;
  let pos = 0;
  try {
    const size = sizeFromStats(binding.fstatSync(fd, false));
    if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
    const Buffer = lazyBuffer();
    let bytesRead;
    if (size !== 0) {
      buffer = Buffer.allocUnsafe(size);
      do {
        bytesRead = binding.readSync(fd, buffer, pos, size - pos, -1);
        pos += bytesRead;
      } while (bytesRead !== 0 && pos < size);
      if (pos < size) buffer = buffer.slice(0, pos);
    } else {
      const buffers = [];
      do {
        const chunk = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
        bytesRead = binding.readSync(fd, chunk, 0,
                                     kReadFileUnknownBufferLength, -1);
        if (bytesRead !== 0) {
          ArrayPrototypePush(buffers, chunk.slice(0, bytesRead));
        }
        pos += bytesRead;
      } while (bytesRead !== 0);
      buffer = Buffer.concat(buffers, pos);
    }
  } finally {
    if (!isUserFd) fs.closeSync(fd);
  }
  if (options.encoding) return buffer.toString(options.encoding);
  return buffer;
}

// --- writeFile / appendFile ----------------------------------------------------------

// `data` as bytes: an ArrayBufferView as is, a string encoded.
function dataToBytes(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  return lazyBuffer().from(data, encoding || 'utf8');
}

function writeAll(fd, isUserFd, buffer, offset, length, signal, flush,
                  callback) {
  const fs = lazyFs();
  const fail = (err) => {
    if (isUserFd) {
      callback(err);
    } else {
      fs.close(fd, (closeErr) => callback(aggregateTwoErrors(closeErr, err)));
    }
  };
  const finish = () => {
    if (isUserFd) {
      callback(null);
    } else {
      fs.close(fd, callback);
    }
  };
  if (signal?.aborted) {
    return fail(new AbortError(undefined, { cause: signal.reason }));
  }
  fs.write(fd, buffer, offset, length, null, (writeErr, written) => {
    if (writeErr) return fail(writeErr);
    if (written === length) {
      if (!flush) return finish();
      fs.fsync(fd, (syncErr) => (syncErr ? fail(syncErr) : finish()));
      return;
    }
    writeAll(fd, isUserFd, buffer, offset + written, length - written,
             signal, flush, callback);
  });
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, {
    encoding: 'utf8', mode: 0o666, flag: 'w', flush: false,
  });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = dataToBytes(data, options.encoding);
  if (isFd(path)) {
    writeAll(path, true, data, 0, data.byteLength, options.signal, flush,
             callback);
    return;
  }
  if (checkAborted(options.signal, callback)) return;
  lazyFs().open(path, flag, options.mode, (openErr, fd) => {
    if (openErr) return callback(openErr);
    writeAll(fd, false, data, 0, data.byteLength, options.signal, flush,
             callback);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, {
    encoding: 'utf8', mode: 0o666, flag: 'w', flush: false,
  });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';
  const isUserFd = isFd(path);
  // node writes UTF-8 strings in one native call, where a negative fd
  // fails at write(2).
  if (isUserFd && path < 0 && typeof data === 'string' &&
      (options.encoding === 'utf8' || options.encoding === 'utf-8')) {
    throw fsError(UV_EBADF, 'write');
  }
  data = dataToBytes(data, options.encoding);
  const fs = lazyFs();
  const fd = isUserFd ? path : fs.openSync(path, flag, options.mode);
  let offset = 0;
  let length = data.byteLength;
  try {
    while (length > 0) {
      const written = fs.writeSync(fd, data, offset, length);
      offset += written;
      length -= written;
    }
    if (flush) fs.fsyncSync(fd);
  } finally {
    if (!isUserFd) fs.closeSync(fd);
  }
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = copyObject(getOptions(options, {
    encoding: 'utf8', mode: 0o666, flag: 'a',
  }));
  if (!options.flag || isFd(path)) options.flag = 'a';
  lazyFs().writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = copyObject(getOptions(options, {
    encoding: 'utf8', mode: 0o666, flag: 'a',
  }));
  if (!options.flag || isFd(path)) options.flag = 'a';
  lazyFs().writeFileSync(path, data, options);
}

module.exports = {
  appendFile,
  appendFileSync,
  readFile,
  readFileSync,
  writeFile,
  writeFileSync,
};
