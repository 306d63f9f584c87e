'use strict';

// fs.realpath and fs.realpathSync: node's walk in JS, one path component
// at a time with lstat and readlink (so errors name the component that
// failed, `lstat '/a'`), and the `.native` variants over realpath(3).

const {
  SafeMap,
  SafeSet,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} = primordials;

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  constants: { S_IFIFO, S_IFLNK, S_IFMT, S_IFSOCK },
  encodeName,
  fsError,
  getOptions,
  getValidatedPath,
  makeCallback,
} = require('internal/fs/utils');
const { callbackRequest, rawRequest } = require('internal/fs/request');

// Callers may pass a Map here to share what earlier calls resolved.
const realpathCacheKey = Symbol('realpathCacheKey');

let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);

function encodeRealpathResult(result, options) {
  if (!options || !options.encoding || options.encoding === 'utf8') {
    return result;
  }
  return encodeName(result, options.encoding);
}

// The path as a string (Buffers are read as UTF-8), validated.
function pathString(p) {
  p = getValidatedPath(p);
  if (typeof p !== 'string') p = lazyBuffer().from(p).toString();
  return p;
}

function isSymlinkMode(mode) {
  return (mode & S_IFMT) === S_IFLNK;
}

function isPipeMode(mode) {
  return (mode & S_IFMT) === S_IFIFO || (mode & S_IFMT) === S_IFSOCK;
}

// The walk state: `p` is the path left to resolve, `pos` how much of it
// is known to be a real path (`current`, ending in '/'), `base` the
// component being looked at.
class Walk {
  constructor(p, cache) {
    this.p = p;
    this.cache = cache;
    this.seenLinks = new SafeMap();
    this.knownHard = new SafeSet();
    // Set when the last link followed leads to a pipe or socket
    // (/dev/stdin -> /proc/self/fd/0 -> 'pipe:[123]'): as node, the walk
    // then ends with the target's path, which lstat could not see.
    this.endsAtPipe = false;
    this.reset();
  }

  reset() {
    this.pos = 1;  // POSIX: after the root '/'
    this.current = '/';
    this.base = '/';
  }

  // Advances to the next component; false when the path is done.
  next() {
    if (this.pos >= this.p.length) return false;
    const slash = StringPrototypeIndexOf(this.p, '/', this.pos);
    const previous = this.current;
    if (slash === -1) {
      const last = StringPrototypeSlice(this.p, this.pos);
      this.current += last;
      this.base = previous + last;
      this.pos = this.p.length;
    } else {
      this.current += StringPrototypeSlice(this.p, this.pos, slash + 1);
      this.base = previous + StringPrototypeSlice(this.p, this.pos, slash);
      this.pos = slash + 1;
    }
    this.previous = previous;
    return true;
  }

  // Whether the walk is done: a pipe or socket was reached through a link.
  stopsAtPipe() {
    return this.endsAtPipe && this.isKnownHard();
  }

  // Whether `base` is known not to be a link.
  isKnownHard() {
    return this.knownHard.has(this.base) ||
      this.cache?.get(this.base) === this.base;
  }

  markHard() {
    this.knownHard.add(this.base);
    this.cache?.set(this.base, this.base);
  }

  linkId(stats) {
    return `${stats[0].toString(32)}:${stats[7].toString(32)}`;
  }

  // Continues from the link's target.
  follow(resolvedLink) {
    this.p = pathModule.resolve(resolvedLink,
                                StringPrototypeSlice(this.p, this.pos));
    this.reset();
  }
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = pathString(p);
  const original = p;
  const cache = options[realpathCacheKey];
  const cached = cache?.get(p);
  if (cached) return encodeRealpathResult(cached, options);

  const walk = new Walk(pathModule.resolve(p), cache);
  while (walk.next()) {
    if (walk.stopsAtPipe()) break;
    if (walk.isKnownHard()) continue;
    const base = walk.base;
    let resolvedLink = cache?.get(base);
    if (!resolvedLink) {
      const stats = binding.lstatSync(base, false);
      if (!isSymlinkMode(stats[1])) {
        walk.markHard();
        continue;
      }
      const id = walk.linkId(stats);
      let linkTarget = walk.seenLinks.get(id);
      if (linkTarget === undefined) {
        // stat first: a dangling or looping link fails here, naming `base`.
        walk.endsAtPipe = isPipeMode(binding.statSync(base, false)[1]);
        linkTarget = binding.readlinkSync(base);
      }
      resolvedLink = pathModule.resolve(walk.previous, linkTarget);
      cache?.set(base, resolvedLink);
      walk.seenLinks.set(id, linkTarget);
    }
    walk.follow(resolvedLink);
  }
  cache?.set(original, walk.p);
  return encodeRealpathResult(walk.p, options);
}

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = pathString(p);
  const walk = new Walk(pathModule.resolve(p), null);

  const step = () => {
    while (walk.next()) {
      if (walk.stopsAtPipe()) break;
      if (walk.isKnownHard()) continue;
      const base = walk.base;
      binding.lstat(base, false, rawRequest((errno, stats) => {
        if (errno !== 0) return callback(fsError(errno, 'lstat', base));
        if (!isSymlinkMode(stats[1])) {
          walk.markHard();
          return process.nextTick(step);
        }
        const id = walk.linkId(stats);
        const seen = walk.seenLinks.get(id);
        if (seen !== undefined) return gotTarget(seen);
        binding.stat(base, false, rawRequest((statErrno, linked) => {
          if (statErrno !== 0) {
            return callback(fsError(statErrno, 'stat', base));
          }
          walk.endsAtPipe = isPipeMode(linked[1]);
          binding.readlink(base, rawRequest((linkErrno, target) => {
            if (linkErrno !== 0) {
              return callback(fsError(linkErrno, 'readlink', base));
            }
            walk.seenLinks.set(id, target);
            gotTarget(target);
          }));
        }));
      }));
      return;
    }
    callback(null, encodeRealpathResult(walk.p, options));
  };

  const gotTarget = (target) => {
    walk.follow(pathModule.resolve(walk.previous, target));
    step();
  };

  step();
}

function realpathSyncNative(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  return encodeName(binding.realpathSync(p), options.encoding);
}

function realpathNative(p, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  p = getValidatedPath(p);
  const { encoding } = options;
  binding.realpath(p, callbackRequest(callback, 'realpath', p, undefined,
                                      (result) => encodeName(result, encoding)));
}

// Anonymous, as in node (`fs.realpath.native.name === ''`).
realpathSync.native = (p, options) => realpathSyncNative(p, options);
realpath.native = (p, options, callback) =>
  realpathNative(p, options, callback);

module.exports = {
  realpath,
  realpathCacheKey,
  realpathSync,
};
