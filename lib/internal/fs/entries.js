'use strict';

// fs functions on directory entries, callback and sync forms: link,
// symlink, readlink, rename, unlink, copyFile, mkdir, mkdtemp, rmdir, rm
// and readdir (with withFileTypes and recursive).

const {
  ArrayPrototypePush,
} = primordials;

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  parseFileMode,
  validateBoolean,
} = require('internal/validators');
const {
  constants: { UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN },
  Dirent,
  DirentFromStats,
  emitRecursiveRmdirWarning,
  encodeName,
  encodeNames,
  isRawEncoding,
  rawNamePath,
  fsError,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  getValidMode,
  makeCallback,
  stringToSymlinkType,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
  warnOnNonPortableTemplate,
} = require('internal/fs/utils');
const { callbackRequest, rawRequest } = require('internal/fs/request');

let rimrafModule;
const lazyRimraf = () => (rimrafModule ??= require('internal/fs/rimraf'));
let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);

// --- links, rename, unlink, copyFile ---------------------------------------------

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath,
               callbackRequest(callback, 'link', existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.linkSync(existingPath, newPath);
}

function symlink(target, path, type, callback) {
  callback = makeCallback(arguments[arguments.length - 1]);
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  binding.symlink(target, path, flags,
                  callbackRequest(callback, 'symlink', target, path));
}

function symlinkSync(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlinkSync(target, path, stringToSymlinkType(type));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const { encoding } = options;
  binding.readlink(path, callbackRequest(callback, 'readlink', path, undefined,
                                         (name) => encodeName(name, encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlinkSync(path), options.encoding);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath,
                 callbackRequest(callback, 'rename', oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.renameSync(oldPath, newPath);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, callbackRequest(callback, 'unlink', path));
}

function unlinkSync(path) {
  binding.unlinkSync(getValidatedPath(path));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode,
                   callbackRequest(callback, 'copyfile', src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFileSync(src, dest, getValidMode(mode, 'copyFile'));
}

// --- mkdir, mkdtemp ----------------------------------------------------------------

// mode and recursive from mkdir's `options` (a mode or an object).
function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) {
      mode = parseFileMode(options.mode, 'mode');
    }
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(path, mode | 0, recursive,
                callbackRequest(callback, 'mkdir', path));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = binding.mkdirSync(path, mode | 0, recursive);
  if (recursive) return result;
}

// The path a failed mkdtemp reports: the template libuv was given.
function mkdtempTemplate(prefix) {
  return typeof prefix === 'string' ? `${prefix}XXXXXX` :
    `${lazyBuffer().from(prefix).toString()}XXXXXX`;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const { encoding } = options;
  binding.mkdtemp(prefix, callbackRequest(
    callback, 'mkdtemp', mkdtempTemplate(prefix), undefined,
    (dir) => encodeName(dir, encoding)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(binding.mkdtempSync(prefix), options.encoding);
}

// --- rmdir, rm -----------------------------------------------------------------------

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions(path, { ...options, force: false }, true,
                      (err, checked) => {
                        if (err === false) {
                          binding.rmdir(path,
                                        callbackRequest(callback, 'rmdir', path));
                          return;
                        }
                        if (err) return callback(err);
                        lazyRimraf().rimraf(path, checked, callback);
                      });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, callbackRequest(callback, 'rmdir', path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const checked = validateRmOptionsSync(path, { ...options, force: false },
                                          true);
    if (checked !== false) return lazyRimraf().rimrafSync(path, checked);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdirSync(path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  validateRmOptions(path, options, false, (err, checked) => {
    if (err) return callback(err);
    lazyRimraf().rimraf(path, checked, callback);
  });
}

function rmSync(path, options) {
  const checked = validateRmOptionsSync(path, options, false);
  return lazyRimraf().rimrafSync(getValidatedPath(path), checked);
}

// --- readdir ---------------------------------------------------------------------------

function joinPath(dir, name) {
  if (typeof dir === 'string' && typeof name === 'string') {
    return pathModule.join(dir, name);
  }
  const Buffer = lazyBuffer();
  return Buffer.concat([Buffer.from(dir), Buffer.from('/'), Buffer.from(name)]);
}

// Dirents from the binding's [names, types]; types the listing did not
// know are filled in with lstat (sync here, or through `done`).
function direntsSync(dir, names, types, encoding, raw = false) {
  const dirents = [];
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding, raw);
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const stats = getStatsFromBinding(
        binding.lstatSync(joinPath(dir, rawNamePath(names[i], raw)), false));
      ArrayPrototypePush(dirents, new DirentFromStats(name, stats, dir));
    } else {
      ArrayPrototypePush(dirents, new Dirent(name, types[i], dir));
    }
  }
  return dirents;
}

function direntsAsync(dir, names, types, encoding, done, raw = false) {
  const dirents = new Array(names.length);
  let pending = 1;
  let failed = false;
  const finish = () => {
    if (--pending === 0 && !failed) done(null, dirents);
  };
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding, raw);
    if (types[i] !== UV_DIRENT_UNKNOWN) {
      dirents[i] = new Dirent(name, types[i], dir);
      continue;
    }
    pending++;
    const filepath = joinPath(dir, rawNamePath(names[i], raw));
    binding.lstat(filepath, false, rawRequest((errno, stats) => {
      if (failed) return;
      if (errno !== 0) {
        failed = true;
        done(fsError(errno, 'lstat', filepath));
        return;
      }
      dirents[i] = new DirentFromStats(name, getStatsFromBinding(stats), dir);
      finish();
    }));
  }
  finish();
}

// Whether a listed entry is a directory readdir({ recursive }) descends
// into: directories, and links that stat() says lead to one when names
// (not Dirents) are listed.
function isDirToVisit(dirPath, type, withFileTypes) {
  if (type === UV_DIRENT_DIR) return true;
  if (withFileTypes || (type !== UV_DIRENT_LINK && type !== UV_DIRENT_UNKNOWN)) {
    return false;
  }
  try {
    const stats = binding.statSync(dirPath, false);
    return (stats[1] & 0o170000) === 0o040000;
  } catch {
    return false;
  }
}

// Appends one directory's listing to `context.results` and queues its
// subdirectories (breadth first, as node lists them).
function addRecursiveListing(context, dir, listing) {
  const { 0: names, 1: types } = listing;
  const { basePath, encoding, withFileTypes } = context;
  let dirents;
  if (withFileTypes) dirents = direntsSync(dir, names, types, encoding);
  for (let i = 0; i < names.length; i++) {
    const fullPath = joinPath(dir, names[i]);
    let type = types[i];
    if (withFileTypes) {
      ArrayPrototypePush(context.results, dirents[i]);
      if (type === UV_DIRENT_UNKNOWN && dirents[i].isDirectory()) {
        type = UV_DIRENT_DIR;
      }
    } else {
      const relative = pathModule.relative(basePath, fullPath);
      ArrayPrototypePush(context.results, encodeName(relative, encoding));
    }
    if (isDirToVisit(fullPath, type, withFileTypes)) {
      ArrayPrototypePush(context.queue, fullPath);
    }
  }
}

function recursiveContext(path, options) {
  const basePath = typeof path === 'string' ? path :
    lazyBuffer().from(path).toString();
  return {
    basePath,
    encoding: options.encoding,
    withFileTypes: !!options.withFileTypes,
    results: [],
    queue: [basePath],
  };
}

function readdirRecursiveSync(path, options) {
  const context = recursiveContext(path, options);
  for (let i = 0; i < context.queue.length; i++) {
    const dir = context.queue[i];
    addRecursiveListing(context, dir, binding.readdirSync(dir, true, false));
  }
  return context.results;
}

function readdirRecursive(path, options, callback) {
  const context = recursiveContext(path, options);
  let i = 0;
  const next = () => {
    if (i === context.queue.length) {
      callback(null, context.results);
      return;
    }
    const dir = context.queue[i++];
    binding.readdir(dir, true, false, rawRequest((errno, listing) => {
      if (errno !== 0) {
        callback(fsError(errno, 'scandir', dir));
        return;
      }
      try {
        addRecursiveListing(context, dir, listing);
      } catch (err) {
        callback(err);
        return;
      }
      next();
    }));
  };
  next();
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) {
    validateBoolean(options.recursive, 'options.recursive');
  }
  if (options.recursive) {
    readdirRecursive(path, options, callback);
    return;
  }
  const { encoding } = options;
  const withFileTypes = !!options.withFileTypes;
  const raw = isRawEncoding(encoding);
  binding.readdir(path, withFileTypes, raw, rawRequest((errno, result) => {
    if (errno !== 0) {
      callback(fsError(errno, 'scandir', path));
      return;
    }
    if (!withFileTypes) {
      callback(null, encodeNames(result, encoding, raw));
      return;
    }
    direntsAsync(path, result[0], result[1], encoding, callback, raw);
  }));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) {
    validateBoolean(options.recursive, 'options.recursive');
  }
  if (options.recursive) return readdirRecursiveSync(path, options);
  const withFileTypes = !!options.withFileTypes;
  const raw = isRawEncoding(options.encoding);
  const result = binding.readdirSync(path, withFileTypes, raw);
  if (!withFileTypes) return encodeNames(result, options.encoding, raw);
  return direntsSync(path, result[0], result[1], options.encoding, raw);
}

module.exports = {
  copyFile,
  copyFileSync,
  link,
  linkSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  readdir,
  readdirSync,
  readlink,
  readlinkSync,
  rename,
  renameSync,
  rm,
  rmdir,
  rmdirSync,
  rmSync,
  symlink,
  symlinkSync,
  unlink,
  unlinkSync,
};
