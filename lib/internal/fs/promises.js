'use strict';

// fs/promises: the promise forms of the path operations, open() giving a
// FileHandle, readFile / writeFile / appendFile on paths and handles, and
// the watch() async iterator. Every function is async, so bad arguments
// reject rather than throw, as in node.

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  MathMax,
  ErrorCaptureStackTrace,
  Promise,
  PromisePrototypeThen,
  ArrayPrototypeShift,
} = primordials;

const binding = internalBinding('fs');
const pathModule = require('path');
const {
  AbortError,
  codes: {
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const {
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateInteger,
} = require('internal/validators');
const {
  constants,
  copyObject,
  Dirent,
  DirentFromStats,
  emitRecursiveRmdirWarning,
  encodeName,
  encodeNames,
  getOptions,
  isRawEncoding,
  joinRawName,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedPath,
  getValidMode,
  kMaxUserId,
  stringToFlags,
  stringToSymlinkType,
  toUnixTimestamp,
  validateCpOptions,
  validateRmdirOptions,
  validateRmOptions,
  warnOnNonPortableTemplate,
} = require('internal/fs/utils');
const { promiseRequest } = require('internal/fs/request');
const {
  checkAborted,
  FileHandle,
  fsCall,
  handleFdClose,
  prepareWriteFile,
  readFileHandle,
  writeFileHandle,
  fsync,
} = require('internal/fs/file_handle');

const { F_OK, UV_DIRENT_DIR, UV_DIRENT_FILE, UV_DIRENT_UNKNOWN } = constants;

// The stack of a failure is taken again in the rejection handler, a
// microtask that knows the awaiting async functions: like node's, it reads
// `at async access (...)` down to the caller's own async frames.
function withAsyncStack(error) {
  ErrorCaptureStackTrace(error, withAsyncStack);
  throw error;
}

function call(op, syscall, path, dest, ...args) {
  return PromisePrototypeThen(
    promiseRequest((req) => binding[op](...args, req), syscall, path, dest),
    undefined, withAsyncStack);
}

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return await call('access', 'access', path, undefined, path, mode);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return await call('copyFile', 'copyfile', src, dest, src, dest, mode);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return require('internal/fs/cp').cpFn(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await call('open', 'open', path, undefined, path,
                        flagsNumber | 0, mode | 0);
  return new FileHandle(fd);
}

async function opendir(path, options) {
  const { opendir: opendirCallback } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCallback(path, options, (err, dir) => {
      if (err) reject(err);
      else resolve(dir);
    });
  });
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return await call('rename', 'rename', oldPath, newPath, oldPath, newPath);
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  return handleFdClose(fsCall(ftruncate, handle, len), handle.close);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = MathMax(0, len);
  return await call('ftruncate', 'ftruncate', undefined, undefined, handle.fd, len);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = await new Promise((resolve, reject) => {
    validateRmOptions(path, options, false, (err, checked) => {
      if (err) reject(err);
      else resolve(checked);
    });
  });
  return rimrafPromise(path, options);
}

function rimrafPromise(path, options) {
  const { rimraf } = require('internal/fs/rimraf');
  return new Promise((resolve, reject) => {
    rimraf(path, options, (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    emitRecursiveRmdirWarning();
    const stats = await stat(path);
    if (stats.isDirectory()) return rimrafPromise(path, options);
  }
  return await call('rmdir', 'rmdir', path, undefined, path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return await call('mkdir', 'mkdir', path, undefined, path,
              parseFileMode(mode, 'mode', 0o777) | 0, recursive);
}

// Dirents for a listing; unknown types are asked of lstat.
async function direntsOf(path, names, types, encoding, raw = false) {
  const dirents = [];
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding, raw);
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const filepath = raw ? joinRawName(path, names[i]) :
        pathModule.join(path, names[i]);
      const stats = await call('lstat', 'lstat', filepath, undefined,
                               filepath, false);
      ArrayPrototypePush(dirents, new DirentFromStats(
        name, getStatsFromBinding(stats), path));
    } else {
      ArrayPrototypePush(dirents, new Dirent(name, types[i], path));
    }
  }
  return dirents;
}

function isDirectoryPath(path) {
  try {
    return getStatsFromBinding(binding.statSync(path, false)).isDirectory();
  } catch {
    return false;
  }
}

// Depth first from the last directory found, as node's promise version
// lists them.
async function readdirRecursive(basePath, options) {
  const { encoding } = options;
  const withFileTypes = !!options.withFileTypes;
  const result = [];
  const listing = (dir) => call('readdir', 'scandir', dir, undefined, dir,
                                true, false);
  const queue = [[basePath, await listing(basePath)]];
  while (queue.length > 0) {
    const { 0: dir, 1: { 0: names, 1: types } } = ArrayPrototypePop(queue);
    if (withFileTypes) {
      const dirents = await direntsOf(dir, names, types, encoding);
      for (let i = 0; i < dirents.length; i++) {
        ArrayPrototypePush(result, dirents[i]);
        if (dirents[i].isDirectory()) {
          const child = pathModule.join(dir, names[i]);
          ArrayPrototypePush(queue, [child, await listing(child)]);
        }
      }
    } else {
      for (let i = 0; i < names.length; i++) {
        const child = pathModule.join(dir, names[i]);
        ArrayPrototypePush(result, encodeName(
          pathModule.relative(basePath, child), encoding));
        if (types[i] === UV_DIRENT_DIR ||
            (types[i] !== UV_DIRENT_FILE && isDirectoryPath(child))) {
          ArrayPrototypePush(queue, [child, await listing(child)]);
        }
      }
    }
  }
  return result;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    const base = typeof path === 'string' ? path : `${path}`;
    return readdirRecursive(base, options);
  }
  const withFileTypes = !!options.withFileTypes;
  const raw = isRawEncoding(options.encoding);
  const result = await call('readdir', 'scandir', path, undefined, path,
                            withFileTypes, raw);
  if (!withFileTypes) return encodeNames(result, options.encoding, raw);
  return direntsOf(path, result[0], result[1], options.encoding, raw);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await call('readlink', 'readlink', path, undefined, path),
                    options.encoding);
}

async function symlink(target, path, type) {
  type = typeof type === 'string' ? type : null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return await call('symlink', 'symlink', target, path, target, path,
              stringToSymlinkType(type));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(
    await call('lstat', 'lstat', path, undefined, path, options.bigint === true));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(
    await call('stat', 'stat', path, undefined, path, options.bigint === true));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(
    await call('statfs', 'statfs', path, undefined, path, options.bigint === true));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return await call('link', 'link', existingPath, newPath, existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  return await call('unlink', 'unlink', path, undefined, path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return await call('chmod', 'chmod', path, undefined, path, mode | 0);
}

// Linux has no lchmod(2).
async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return await call('lchown', 'lchown', path, undefined, path, uid >>> 0,
              gid >>> 0);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return await call('chown', 'chown', path, undefined, path, uid >>> 0,
              gid >>> 0);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return await call('utimes', 'utime', path, undefined, path,
              toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  return await call('lutimes', 'lutime', path, undefined, path,
              toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call('realpath', 'realpath', path, undefined, path),
                    options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  return encodeName(await call('mkdtemp', 'mkdtemp', `${prefix}XXXXXX`,
                               undefined, prefix), options.encoding);
}

async function writeFile(path, data, options) {
  const prepared = prepareWriteFile(data, options, 'w');
  options = prepared.options;
  if (path instanceof FileHandle) {
    return writeFileHandle(path, prepared.data, options.signal,
                           options.encoding);
  }
  checkAborted(options.signal);
  const handle = await open(path, options.flag || 'w', options.mode);
  let operation = writeFileHandle(handle, prepared.data, options.signal,
                                  options.encoding);
  if (prepared.flush) {
    const written = operation;
    operation = PromisePrototypeThen(written, () => fsCall(fsync, handle));
  }
  return handleFdClose(operation, handle.close);
}

async function appendFile(path, data, options) {
  options = copyObject(getOptions(options, {
    encoding: 'utf8', mode: 0o666, flag: 'a',
  }));
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  const handle = await open(path, flag, 0o666);
  return handleFdClose(readFileHandle(handle, options), handle.close);
}

// fs.promises.watch(): yields { eventType, filename } until the signal
// aborts (rejecting with an AbortError) or the iteration stops.
async function* watch(filename, options = kEmptyObject) {
  const { watch: watchCallback } = require('internal/fs/watchers');
  options = getOptions(options);
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (options.persistent !== undefined) {
    validateBoolean(options.persistent, 'options.persistent');
  }
  if (options.recursive !== undefined) {
    validateBoolean(options.recursive, 'options.recursive');
  }
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  const events = [];
  let failure = null;
  let wake = null;
  const notify = () => {
    if (wake !== null) {
      const resolve = wake;
      wake = null;
      resolve();
    }
  };
  const watcher = watchCallback(filename, {
    persistent: options.persistent,
    recursive: options.recursive,
    encoding: options.encoding,
  }, (eventType, name) => {
    ArrayPrototypePush(events, { __proto__: null, eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure ??= err;
    notify();
  });
  const onAbort = () => {
    failure ??= new AbortError(undefined, { cause: signal.reason });
    notify();
  };
  signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });
  try {
    for (;;) {
      while (events.length > 0) yield ArrayPrototypeShift(events);
      if (failure !== null) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

module.exports = {
  exports: {
    access,
    copyFile,
    cp,
    open,
    opendir,
    rename,
    truncate,
    rm,
    rmdir,
    mkdir,
    readdir,
    readlink,
    symlink,
    lstat,
    stat,
    statfs,
    link,
    unlink,
    chmod,
    lchmod,
    lchown,
    chown,
    utimes,
    lutimes,
    realpath,
    mkdtemp,
    writeFile,
    appendFile,
    readFile,
    watch,
    constants,
  },
  FileHandle,
};
