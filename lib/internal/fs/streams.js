'use strict';

// fs.ReadStream and fs.WriteStream: a Readable / Writable over a file,
// opened in _construct (or given as an fd or a FileHandle), read and
// written through `options.fs` (default: the fs module) so that callers
// can substitute their own open/read/write/writev/close.

const {
  FunctionPrototypeBind,
  MathMin,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  PromisePrototypeThen,
  ReflectApply,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_SYSTEM_ERROR,
  },
} = require('internal/errors');
const { deprecate, kEmptyObject } = require('internal/util');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const { errorOrDestroy } = require('internal/streams/destroy');
const { Readable, Writable, finished } = require('stream');
const { toPathIfFileURL } = require('internal/url');
const {
  copyObject,
  getOptions,
  validatePath,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fsModule;
const lazyFs = () => (fsModule ??= require('fs'));
let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);
let fileHandleModule;
const lazyFileHandle = () =>
  (fileHandleModule ??= require('internal/fs/file_handle'));

// The `fs` a stream uses when it was given a FileHandle: its promise
// methods with callbacks.
function fileHandleOperations(handle) {
  const { kUnref } = lazyFileHandle();
  return {
    open: (path, flags, mode, cb) => {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close: (fd, cb) => {
      handle[kUnref]();
      PromisePrototypeThen(handle.close(), () => cb(), cb);
    },
    read: (fd, buf, offset, length, pos, cb) => {
      PromisePrototypeThen(handle.read(buf, offset, length, pos),
                           (r) => cb(null, r.bytesRead, r.buffer),
                           (err) => cb(err, 0, buf));
    },
    write: (fd, buf, offset, length, pos, cb) => {
      PromisePrototypeThen(handle.write(buf, offset, length, pos),
                           (r) => cb(null, r.bytesWritten, r.buffer),
                           (err) => cb(err, 0, buf));
    },
    writev: (fd, buffers, pos, cb) => {
      PromisePrototypeThen(handle.writev(buffers, pos),
                           (r) => cb(null, r.bytesWritten, r.buffers),
                           (err) => cb(err, 0, buffers));
    },
    // For { flush: true } write streams.
    fsync: (fd, cb) => {
      PromisePrototypeThen(handle.sync(), () => cb(), cb);
    },
  };
}

// Sets fd / path / flags / mode and the fs implementation from the
// options: a number fd, a FileHandle, or a path to open later.
function importFd(stream, path, options, isRead) {
  const io = isRead ? 'read' : 'write';
  if (typeof options.fd === 'number') {
    if (options.fs) {
      validateFunction(options.fs[io], `options.fs.${io}`);
      validateFunction(options.fs.close, 'options.fs.close');
    }
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  if (options.fd != null) {
    const { FileHandle, kRef } = lazyFileHandle();
    if (!(options.fd instanceof FileHandle)) {
      throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'],
                                     options.fd);
    }
    const handle = options.fd;
    if (options.fs) {
      // FileHandle is not supported with custom fs operations.
      throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    }
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOperations(handle);
    handle[kRef]();
    handle.on('close', FunctionPrototypeBind(stream.close, stream));
    return handle.fd;
  }
  if (options.fs) {
    validateFunction(options.fs.open, 'options.fs.open');
    validateFunction(options.fs[io], `options.fs.${io}`);
    validateFunction(options.fs.close, 'options.fs.close');
  }
  stream[kFs] = options.fs || lazyFs();
  return null;
}

// Opens the file unless an fd was given; 'open' then 'ready' follow. A
// subclass that replaced open() (the old way) is still honoured.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    const originalEmit = stream.emit;
    stream.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = originalEmit;
        callback();
        ReflectApply(originalEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = originalEmit;
        callback(args[1]);
      } else {
        ReflectApply(originalEmit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeFd(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => {
      closeFdNow(stream, err || flushErr, cb);
    });
  } else {
    closeFdNow(stream, err, cb);
  }
}

function closeFdNow(stream, err, cb) {
  stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || err));
  stream.fd = null;
}

// Closing an fd under a read or write still in the pool is unsafe: wait
// for it to finish.
function destroy(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeFd(this, err || ioErr, cb));
  } else {
    closeFd(this, err, cb);
  }
}

function validateStart(stream, start) {
  stream.start = start;
  stream.pos = undefined;
  if (start !== undefined) {
    validateInteger(start, 'start', 0);
    stream.pos = start;
  }
}

// --- ReadStream ---------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  this.fd = importFd(this, path, options, true);
  if (this.fd === null) {
    this.path = toPathIfFileURL(path);
    validatePath(this.path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.path = undefined;  // ignored when an fd is given, as node
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`,
                                 this.start);
    }
  }

  options.autoDestroy = options.autoClose === undefined ?
    true : options.autoClose;
  ReflectApply(Readable, this, [options]);
}
ObjectSetPrototypeOf(ReadStream.prototype, Readable.prototype);
ObjectSetPrototypeOf(ReadStream, Readable);

ObjectDefineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    return this._readableState.autoDestroy;
  },
  set(val) {
    this._readableState.autoDestroy = val;
  },
});

const openReadFs = deprecate(function() {
  // Noop: the stream opens itself.
}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
ReadStream.prototype.open = openReadFs;

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    MathMin(this.end - this.pos + 1, n) :
    MathMin(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = lazyBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead, buffer) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      // _destroy() is waiting for this read to close the fd.
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buffer.length) {
        // Copy to the size read, not to keep the whole allocation alive.
        const dst = lazyBuffer().allocUnsafeSlow(bytesRead);
        buffer.copy(dst, 0, 0, bytesRead);
        buffer = dst;
      }
      this.push(buffer);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

ObjectDefineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

// --- WriteStream ---------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = copyObject(getOptions(options, kEmptyObject));
  // Strings are encoded before _write: the fd only takes bytes.
  options.decodeStrings = true;

  this.fd = importFd(this, path, options, false);
  if (this.fd === null) {
    this.path = toPathIfFileURL(path);
    validatePath(this.path);
  } else {
    this.path = undefined;  // ignored when an fd is given, as node
  }
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;

  if (options.fs && options.fs.writev !== undefined) {
    validateFunction(options.fs.writev, 'options.fs.writev');
  }
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }

  validateStart(this, options.start);
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  options.autoDestroy = options.autoClose === undefined ?
    true : options.autoClose;
  // Without fs.writev, buffered chunks are written one by one.
  if (typeof this[kFs].writev !== 'function') this._writev = null;
  ReflectApply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
ObjectSetPrototypeOf(WriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(WriteStream, Writable);

ObjectDefineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    return this._writableState.autoDestroy;
  },
  set(val) {
    this._writableState.autoDestroy = val;
  },
});

const openWriteFs = deprecate(function() {
  // Noop: the stream opens itself.
}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
WriteStream.prototype.open = openWriteFs;

WriteStream.prototype._construct = construct;

function afterWrite(stream, cb, err, bytes) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    // _destroy() is waiting for this write to close the fd.
    cb(err);
    stream.emit(kIoDone, err);
    return;
  }
  if (err) {
    cb(err);
    return;
  }
  stream.bytesWritten += bytes;
  cb();
}

// Writes all of data[offset, offset + size): a short write writes the rest,
// and EAGAIN writes again; after five tries in a row that wrote nothing it
// gives up, as node does.
function writeAll(stream, data, offset, size, pos, cb, retries = 0) {
  stream[kFs].write(stream.fd, data, offset, size, pos, (err, bytes) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytes = 0;
    }
    if (err || stream.destroyed) {
      afterWrite(stream, cb, err, 0);
      return;
    }
    stream.bytesWritten += bytes;
    retries = bytes > 0 ? 0 : retries + 1;
    if (bytes >= size) {
      afterWrite(stream, cb, null, 0);
    } else if (retries > 5) {
      afterWrite(stream, cb, new ERR_SYSTEM_ERROR('write failed'), 0);
    } else {
      writeAll(stream, data, offset + bytes, size - bytes,
               pos === undefined || pos === null ? pos : pos + bytes, cb,
               retries);
    }
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, 0, data.length, this.pos, cb);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null,
                   (err, bytes) => afterWrite(this, cb, err, bytes));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, 'finish' is what closes the fd.
  if (!this.autoClose) this.on('finish', this.destroy);
  // end(), not destroy(): what was written must reach the file first.
  this.end();
};

// Files have no shutdown(): ending is all there is.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

ObjectDefineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = {
  ReadStream,
  WriteStream,
};
