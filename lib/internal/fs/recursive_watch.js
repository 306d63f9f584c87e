'use strict';

// fs.watch(dir, { recursive: true }) on Linux, where inotify watches one
// directory at a time: one FSEvent per directory of the tree, new
// directories watched as they appear, and events reported with the path
// relative to the watched root ('sub/dir/file').

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  FunctionPrototypeCall,
  ObjectSetPrototypeOf,
  SafeMap,
} = primordials;

const binding = internalBinding('fs');
const { UV_DIRENT_DIR } = internalBinding('constants').fs;
const EventEmitter = require('events');
const pathModule = require('path');
const {
  encodeName,
  getStatsFromBinding,
  getValidatedPath,
} = require('internal/fs/utils');
const { kFSWatchStart, watchError } = require('internal/fs/watchers');

function isDirectory(path) {
  try {
    return getStatsFromBinding(binding.lstatSync(path, false)).isDirectory();
  } catch {
    return false;
  }
}

function RecursiveWatcher(options) {
  FunctionPrototypeCall(EventEmitter, this);
  this._root = null;
  this._persistent = options.persistent;
  this._encoding = options.encoding;
  this._handles = new SafeMap();  // directory path -> FSEvent
  this._closed = false;
}
ObjectSetPrototypeOf(RecursiveWatcher.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(RecursiveWatcher, EventEmitter);

RecursiveWatcher.prototype[kFSWatchStart] = function(filename) {
  filename = getValidatedPath(filename);
  this._root = pathModule.resolve(`${filename}`);
  const err = this.watchDir(this._root);
  if (err) throw watchError(err, filename);
  if (!isDirectory(this._root)) return;
  this.watchTree(this._root);
};

// Watches the directories below `dir` (dir itself is watched already).
// `announce`: dir is new, so what is already in it was made before any
// watch could see it: each entry gets a 'rename' event, as in node.
RecursiveWatcher.prototype.watchTree = function(dir, announce = false) {
  const pending = [dir];
  while (pending.length > 0) {
    const current = ArrayPrototypePop(pending);
    let listing;
    try {
      listing = binding.readdirSync(current, true, false);
    } catch {
      continue;
    }
    const { 0: names, 1: types } = listing;
    for (let i = 0; i < names.length; i++) {
      const child = pathModule.join(current, names[i]);
      if (announce) {
        this.emit('change', 'rename',
                  encodeName(pathModule.relative(this._root, child),
                             this._encoding));
        if (this._closed) return;
      }
      if (types[i] === UV_DIRENT_DIR || isDirectory(child)) {
        if (this.watchDir(child) === 0) ArrayPrototypePush(pending, child);
      }
    }
  }
};

// Starts an FSEvent on one directory; 0 or a libuv errno.
RecursiveWatcher.prototype.watchDir = function(dir) {
  if (this._handles.has(dir)) return 0;
  const handle = new binding.FSEvent();
  handle.onchange = (status, eventType, name) => {
    if (this._closed) return;
    if (status < 0) {
      this.close();
      this.emit('error', watchError(status, dir));
      return;
    }
    this.onChange(dir, eventType, name);
  };
  const err = handle.start(dir, !!this._persistent, false);
  if (err) {
    handle.close();
    return err;
  }
  this._handles.set(dir, handle);
  return 0;
};

RecursiveWatcher.prototype.onChange = function(dir, eventType, name) {
  const full = name == null ? dir : pathModule.join(dir, `${name}`);
  let added = false;
  if (eventType === 'rename') {
    if (isDirectory(full)) {
      added = !this._handles.has(full) && this.watchDir(full) === 0;
    } else {
      const handle = this._handles.get(full);
      if (handle !== undefined && full !== this._root) {
        handle.close();
        this._handles.delete(full);
      }
    }
  }
  const relative = pathModule.relative(this._root, full) ||
    pathModule.basename(full);
  this.emit('change', eventType, encodeName(relative, this._encoding));
  if (added && !this._closed) this.watchTree(full, true);
};

RecursiveWatcher.prototype.close = function() {
  if (this._closed) return;
  this._closed = true;
  for (const handle of this._handles.values()) handle.close();
  this._handles.clear();
  process.nextTick(() => this.emit('close'));
};

RecursiveWatcher.prototype.ref = function() {
  for (const handle of this._handles.values()) handle.ref();
  return this;
};

RecursiveWatcher.prototype.unref = function() {
  for (const handle of this._handles.values()) handle.unref();
  return this;
};

module.exports = {
  RecursiveWatcher,
};
