'use strict';

// fs.watch's FSWatcher (over the binding's FSEvent handle) and
// fs.watchFile's StatWatcher (over the binding's polling StatWatcher), both
// EventEmitters; plus watch() and watchFile()/unwatchFile() themselves.

const {
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  SafeMap,
  Symbol,
} = primordials;

const binding = internalBinding('fs');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  codes: {
    ERR_INTERNAL_ASSERTION,
  },
  UVException,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateUint32,
} = require('internal/validators');
const {
  copyObject,
  encodeName,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
} = require('internal/fs/utils');

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherRefCount = Symbol('kFSStatWatcherRefCount');
const kFSStatWatcherMaxRefCount = Symbol('kFSStatWatcherMaxRefCount');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');
const kEncoding = Symbol('kEncoding');

function watchError(errno, filename) {
  const error = new UVException({ errno, syscall: 'watch', path: filename });
  error.filename = filename;
  return error;
}

// --- StatWatcher (watchFile) ------------------------------------------------------

function StatWatcher(bigint) {
  FunctionPrototypeCall(EventEmitter, this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[kFSStatWatcherRefCount] = 1;
  this[kFSStatWatcherMaxRefCount] = 1;
}
ObjectSetPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(StatWatcher, EventEmitter);

function onStatChange(watcher, newStatus, current, previous) {
  // A file that keeps being missing reports nothing new.
  if (watcher[kOldStatus] === -1 && newStatus === -1 &&
      current[2] === previous[2]) {
    return;
  }
  watcher[kOldStatus] = newStatus;
  watcher.emit('change', getStatsFromBinding(current),
               getStatsFromBinding(previous));
}

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent,
                                                      interval) {
  if (this._handle) return;
  validateUint32(interval, 'interval');
  this._handle = new binding.StatWatcher(this[kUseBigint] === true);
  this._handle.onchange = (status, current, previous) =>
    onStatChange(this, status, current, previous);
  if (!persistent) this.unref();
  // The binding takes bigint here (start(path, interval, bigint)).
  const err = this._handle.start(filename, interval >>> 0,
                                 this[kUseBigint] === true);
  if (err) {
    this._handle.close();
    this._handle = null;
    throw watchError(err, filename);
  }
};

// Kept for compatibility: watchFile() starts the watcher itself.
StatWatcher.prototype.start = function() {};

StatWatcher.prototype.stop = function() {
  if (!this._handle) return;
  process.nextTick(() => this.emit('stop'));
  this._handle.close();
  this._handle = null;
};

// watchFile() on a path already watched shares the watcher; the handle
// stays ref'ed while any of the callers wants it.
StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function(operate) {
  if (operate === 'add') {
    this[kFSStatWatcherRefCount]++;
    this[kFSStatWatcherMaxRefCount]++;
  } else if (operate === 'clean') {
    this[kFSStatWatcherMaxRefCount]--;
    this.unref();
  } else if (operate === 'cleanAll') {
    this[kFSStatWatcherMaxRefCount] = 0;
    this[kFSStatWatcherRefCount] = 0;
    this._handle?.unref();
  }
};

StatWatcher.prototype.ref = function() {
  if (!this._handle ||
      this[kFSStatWatcherRefCount] === this[kFSStatWatcherMaxRefCount]) {
    return this;
  }
  if (this[kFSStatWatcherRefCount]++ === 0) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function() {
  if (!this._handle || this[kFSStatWatcherRefCount] === 0) return this;
  if (--this[kFSStatWatcherRefCount] === 0) this._handle.unref();
  return this;
};

const statWatchers = new SafeMap();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename).toString());
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename).toString());
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) {
      stat[kFSStatWatcherAddOrCleanRef]('clean');
    }
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// --- FSWatcher (watch) ---------------------------------------------------------------

function FSWatcher() {
  FunctionPrototypeCall(EventEmitter, this);
  this._handle = new binding.FSEvent();
  this[kEncoding] = undefined;
  this._handle.onchange = (status, eventType, filename) => {
    if (status < 0) {
      if (this._handle !== null) {
        this._handle.close();
        this._handle = null;
      }
      this.emit('error', watchError(status, filename));
      return;
    }
    if (filename != null) filename = encodeName(filename, this[kEncoding]);
    this.emit('change', eventType, filename);
  };
}
ObjectSetPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(FSWatcher, EventEmitter);

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive,
                                              encoding) {
  if (this._handle === null) return;  // closed before it started
  if (this._handle.initialized) {
    throw new ERR_INTERNAL_ASSERTION('Watcher is already started');
  }
  filename = getValidatedPath(filename);
  this[kEncoding] = encoding;
  const err = this._handle.start(filename, !!persistent, !!recursive);
  if (err) {
    this._handle.close();
    this._handle = null;
    throw watchError(err, filename);
  }
};

// Kept for compatibility: watch() starts the watcher itself.
FSWatcher.prototype.start = function() {};

FSWatcher.prototype.close = function() {
  if (this._handle === null) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(() => this.emit('close'));
};

FSWatcher.prototype.ref = function() {
  this._handle?.ref();
  return this;
};

FSWatcher.prototype.unref = function() {
  this._handle?.unref();
  return this;
};

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = copyObject(getOptions(options));
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  let watcher;
  if (options.recursive) {
    // As node's recursive watcher for Linux: its options must be booleans.
    validateBoolean(options.recursive, 'options.recursive');
    validateBoolean(options.persistent, 'options.persistent');
    const { RecursiveWatcher } = require('internal/fs/recursive_watch');
    watcher = new RecursiveWatcher(options);
    watcher[kFSWatchStart](filename);
  } else {
    watcher = new FSWatcher();
    watcher[kFSWatchStart](filename, options.persistent, false,
                           options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

module.exports = {
  FSWatcher,
  kFSWatchStart,
  StatWatcher,
  unwatchFile,
  watch,
  watchError,
  watchFile,
};
