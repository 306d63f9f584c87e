'use strict';

// fs.Dir (from opendir / opendirSync): reads a directory in batches over
// the binding's DirHandle, one Dirent at a time, with read() / readSync(),
// close() / closeSync() and async iteration (which closes at the end).
// Async operations queue; a sync one during an async one is an error.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  Promise,
  PromiseReject,
  SymbolAsyncIterator,
  Symbol,
} = primordials;

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateUint32,
} = require('internal/validators');
const {
  Dirent,
  encodeName,
  fsError,
  getOptions,
  getValidatedPath,
} = require('internal/fs/utils');
const { rawRequest } = require('internal/fs/request');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirReadImpl = Symbol('kDirReadImpl');
const kDirReadPromisified = Symbol('kDirReadPromisified');
const kDirClosePromisified = Symbol('kDirClosePromisified');
const kDirOperationQueue = Symbol('kDirOperationQueue');

// The promise form of a callback-taking method call.
function promisified(fn, self, ...args) {
  return new Promise((resolve, reject) => {
    FunctionPrototypeCall(fn, self, ...args, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    });
  });
}

function runQueue(dir) {
  const queue = dir[kDirOperationQueue];
  dir[kDirOperationQueue] = null;
  for (let i = 0; i < queue.length; i++) queue[i]();
}

// The next buffered Dirent; with `recursive`, a directory's own entries
// are read (synchronously) and queued behind it.
function shiftEntry(dir) {
  const dirent = ArrayPrototypeShift(dir[kDirBufferedEntries]);
  if (dir[kDirOptions].recursive && dirent.isDirectory()) {
    dir.readSyncRecursive(dirent);
  }
  return dirent;
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    // Set while an async read or close is in flight: operations started
    // meanwhile wait here.
    this[kDirOperationQueue] = null;
    this[kDirOptions] = {
      bufferSize: 32,
      ...getOptions(options, { encoding: 'utf8' }),
    };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
    this[kDirReadPromisified] = FunctionPrototypeBind(
      function(maybeSync) {
        return promisified(this[kDirReadImpl], this, maybeSync);
      }, this, false);
    this[kDirClosePromisified] = FunctionPrototypeBind(
      function() { return promisified(this.close, this); }, this);
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) return this[kDirReadPromisified]();
    validateFunction(callback, 'callback');

    if (this[kDirOperationQueue] !== null) {
      ArrayPrototypePush(this[kDirOperationQueue], () => {
        this[kDirReadImpl](maybeSync, callback);
      });
      return;
    }

    if (this[kDirBufferedEntries].length > 0) {
      try {
        const dirent = shiftEntry(this);
        if (maybeSync) {
          process.nextTick(callback, null, dirent);
        } else {
          callback(null, dirent);
        }
      } catch (error) {
        callback(error);
      }
      return;
    }

    this[kDirOperationQueue] = [];
    this[kDirHandle].read(true, rawRequest((errno, result) => {
      process.nextTick(() => runQueue(this));
      if (errno !== 0) return callback(fsError(errno, 'scandir'));
      if (result === null) return callback(null, null);
      try {
        this.processReadResult(this[kDirPath], result);
        callback(null, shiftEntry(this));
      } catch (error) {
        callback(error);
      }
    }));
  }

  processReadResult(path, result) {
    const { encoding } = this[kDirOptions];
    for (let i = 0; i < result.length; i += 2) {
      ArrayPrototypePush(this[kDirBufferedEntries],
                         new Dirent(encodeName(result[i], encoding),
                                    result[i + 1], path));
    }
  }

  readSyncRecursive(dirent) {
    const path = pathModule.join(dirent.parentPath, dirent.name);
    const handle = binding.opendirSync(path);
    try {
      for (;;) {
        const result = handle.readSync(true);
        if (result === null) break;
        this.processReadResult(path, result);
      }
    } finally {
      handle.closeSync();
    }
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) {
      throw new ERR_DIR_CONCURRENT_OPERATION();
    }
    if (this[kDirBufferedEntries].length > 0) return shiftEntry(this);
    const result = this[kDirHandle].readSync(true);
    if (result === null) return result;
    this.processReadResult(this[kDirPath], result);
    return shiftEntry(this);
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return PromiseReject(new ERR_DIR_CLOSED());
      return this[kDirClosePromisified]();
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      ArrayPrototypePush(this[kDirOperationQueue], () => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    this[kDirHandle].close(rawRequest((errno) => {
      if (errno !== 0) return callback(fsError(errno, 'closedir'));
      callback(null);
    }));
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) {
      throw new ERR_DIR_CONCURRENT_OPERATION();
    }
    this[kDirClosed] = true;
    this[kDirHandle].closeSync();
  }

  async* entries() {
    try {
      while (true) {
        const result = await this[kDirReadPromisified]();
        if (result === null) break;
        yield result;
      }
    } finally {
      await this[kDirClosePromisified]();
    }
  }
}

ObjectDefineProperty(Dir.prototype, SymbolAsyncIterator, {
  __proto__: null,
  enumerable: false,
  writable: true,
  configurable: true,
  value: Dir.prototype.entries,
});

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, rawRequest((errno, handle) => {
    if (errno !== 0) return callback(fsError(errno, 'opendir', path));
    let dir;
    try {
      dir = new Dir(handle, path, options);
    } catch (err) {
      return callback(err);
    }
    callback(null, dir);
  }));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = binding.opendirSync(path);
  return new Dir(handle, path, options);
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
};
