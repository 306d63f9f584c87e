'use strict';

// fs.cp / fs.cpSync / fs.promises.cp: copy a file, a link or (with
// `recursive`) a directory tree. The algorithm is written once, as
// generators that yield the file-system operations they need; a sync
// driver performs them with the *Sync functions, an async one awaits the
// promise functions.

const {
  ArrayPrototypeEvery,
  ArrayPrototypePush,
  ArrayPrototypeFilter,
  StringPrototypeSplit,
} = primordials;

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { isPromise } = require('internal/util/types');
const {
  dirname,
  isAbsolute,
  join,
  parse,
  resolve,
  sep,
} = require('path');

// os.constants.errno values node puts in these errors.
const EEXIST = 17;
const EISDIR = 21;
const EINVAL = 22;
const ENOTDIR = 20;

function cpError(ErrorClass, message, path, code, errno) {
  return new ErrorClass({ message, path, syscall: 'cp', errno, code });
}

// One operation for a driver: [name, ...args].
const op = (name, ...args) => [name, ...args];

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
    destStat.dev === srcStat.dev;
}

function normalizePathToArray(path) {
  return ArrayPrototypeFilter(StringPrototypeSplit(resolve(path), sep),
                              Boolean);
}

// Whether dest is src or inside it.
function isSrcSubdir(src, dest) {
  const srcArr = normalizePathToArray(src);
  const destArr = normalizePathToArray(dest);
  return ArrayPrototypeEvery(srcArr, (cur, i) => destArr[i] === cur);
}

function* statOrNull(statOp, path) {
  try {
    return yield op(statOp, path, { bigint: true });
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* checkPaths(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = yield op('filter', opts.filter, src, dest);
    if (!shouldCopy) return { __proto__: null, skipped: true };
  }
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield op(statOp, src, { bigint: true });
  const destStat = yield* statOrNull(statOp, dest);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same',
                    dest, 'EINVAL', EINVAL);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR,
                    `cannot overwrite non-directory ${dest} with directory ${src}`,
                    dest, 'EISDIR', EISDIR);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR,
                    `cannot overwrite directory ${dest} with non-directory ${src}`,
                    dest, 'ENOTDIR', ENOTDIR);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL,
                  `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest, 'EINVAL', EINVAL);
  }
  return { __proto__: null, srcStat, destStat, skipped: false };
}

// Walks dest's parents up to src's parent: none may be src itself.
function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  const destStat = yield* statOrNull('stat', destParent);
  if (destStat === null) return;
  if (areIdentical(srcStat, destStat)) {
    throw cpError(ERR_FS_CP_EINVAL,
                  `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest, 'EINVAL', EINVAL);
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, opts, sync) {
  const srcStat = yield op(opts.dereference ? 'stat' : 'lstat', src);
  if (srcStat.isDirectory() && opts.recursive) {
    return yield* onDir(srcStat, destStat, src, dest, opts, sync);
  }
  if (srcStat.isDirectory()) {
    throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src,
                  'EISDIR', sync ? EINVAL : EISDIR);
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() ||
      srcStat.isBlockDevice()) {
    return yield* onFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) {
    return yield* onLink(destStat, src, dest, opts);
  }
  if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`,
                  dest, 'EINVAL', EINVAL);
  }
  if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`,
                  dest, 'EINVAL', EINVAL);
  }
  throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`,
                dest, 'EINVAL', EINVAL);
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      yield op('unlink', dest);
    } else if (opts.errorOnExist) {
      throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest,
                    'EEXIST', EEXIST);
    } else {
      return;
    }
  }
  yield op('copyFile', src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // A read-only copy could not take new times: make it writable first.
    if ((srcStat.mode & 0o200) === 0) {
      yield op('chmod', dest, srcStat.mode | 0o200);
    }
    // Read the times again: copying has just updated src's atime.
    const updated = yield op('stat', src);
    yield op('utimes', dest, updated.atime, updated.mtime);
  }
  yield op('chmod', dest, srcStat.mode);
}

function* onDir(srcStat, destStat, src, dest, opts, sync) {
  if (!destStat) {
    yield op('mkdir', dest);
    yield* copyDir(src, dest, opts, sync);
    yield op('chmod', dest, srcStat.mode);
    return;
  }
  yield* copyDir(src, dest, opts, sync);
}

function* copyDir(src, dest, opts, sync) {
  const names = yield op('readdir', src);
  for (let i = 0; i < names.length; i++) {
    const srcItem = join(src, names[i]);
    const destItem = join(dest, names[i]);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts, sync);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield op('readlink', src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) return yield op('symlink', resolvedSrc, dest);
  let resolvedDest;
  try {
    resolvedDest = yield op('readlink', dest);
  } catch (err) {
    // dest is a file or a directory: symlink() reports that it exists.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      return yield op('symlink', resolvedSrc, dest);
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) {
    resolvedDest = resolve(dirname(dest), resolvedDest);
  }
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(ERR_FS_CP_EINVAL,
                  `cannot copy ${resolvedSrc} to a subdirectory of self ` +
                  `${resolvedDest}`, dest, 'EINVAL', EINVAL);
  }
  // Replacing dest when src lies inside it would leave a broken link.
  const srcStat = yield op('stat', src);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
                  `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
                  dest, 'EINVAL', EINVAL);
  }
  yield op('unlink', dest);
  return yield op('symlink', resolvedSrc, dest);
}

function* copyTree(src, dest, opts, sync) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = dirname(dest);
  if (!(yield op('exists', destParent))) {
    yield op('mkdir', destParent, { recursive: true });
  }
  yield* copyEntry(destStat, src, dest, opts, sync);
}

// --- drivers -------------------------------------------------------------------

function performSync(fs, step) {
  const { 0: name } = step;
  switch (name) {
    case 'filter': {
      const shouldCopy = step[1](step[2], step[3]);
      if (isPromise(shouldCopy)) {
        throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', shouldCopy);
      }
      return shouldCopy;
    }
    case 'exists': return fs.existsSync(step[1]);
    case 'stat': return fs.statSync(step[1], step[2]);
    case 'lstat': return fs.lstatSync(step[1], step[2]);
    case 'readdir': {
      // opendir's order (the directory's own), as node's cp walks it.
      const dir = fs.opendirSync(step[1]);
      const names = [];
      try {
        for (let dirent; (dirent = dir.readSync()) !== null;) {
          ArrayPrototypePush(names, dirent.name);
        }
      } finally {
        dir.closeSync();
      }
      return names;
    }
    case 'readlink': return fs.readlinkSync(step[1]);
    case 'symlink': return fs.symlinkSync(step[1], step[2]);
    case 'unlink': return fs.unlinkSync(step[1]);
    case 'copyFile': return fs.copyFileSync(step[1], step[2], step[3]);
    case 'chmod': return fs.chmodSync(step[1], step[2]);
    case 'utimes': return fs.utimesSync(step[1], step[2], step[3]);
    case 'mkdir': return fs.mkdirSync(step[1], step[2]);
  }
}

async function performAsync(fsp, step) {
  const { 0: name } = step;
  switch (name) {
    case 'filter': return step[1](step[2], step[3]);
    case 'exists':
      try {
        await fsp.stat(step[1]);
        return true;
      } catch (err) {
        if (err.code === 'ENOENT') return false;
        throw err;
      }
    case 'stat': return fsp.stat(step[1], step[2]);
    case 'lstat': return fsp.lstat(step[1], step[2]);
    case 'readdir': {
      const names = [];
      for await (const dirent of await fsp.opendir(step[1])) {
        ArrayPrototypePush(names, dirent.name);
      }
      return names;
    }
    case 'readlink': return fsp.readlink(step[1]);
    case 'symlink': return fsp.symlink(step[1], step[2]);
    case 'unlink': return fsp.unlink(step[1]);
    case 'copyFile': return fsp.copyFile(step[1], step[2], step[3]);
    case 'chmod': return fsp.chmod(step[1], step[2]);
    case 'utimes': return fsp.utimes(step[1], step[2], step[3]);
    case 'mkdir': return fsp.mkdir(step[1], step[2]);
  }
}

// src and dest are validated paths, opts checked by validateCpOptions.
function cpSyncFn(src, dest, opts) {
  const fs = require('fs');
  const gen = copyTree(`${src}`, `${dest}`, opts, true);
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = performSync(fs, step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

async function cpFn(src, dest, opts) {
  const fsp = require('internal/fs/promises').exports;
  const gen = copyTree(`${src}`, `${dest}`, opts, false);
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = await performAsync(fsp, step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
}

module.exports = {
  cpFn,
  cpSyncFn,
};
