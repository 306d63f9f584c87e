'use strict';

// fs functions on a file's metadata, callback and sync forms: access,
// exists, stat, lstat, statfs, chmod, chown, lchown, utimes, lutimes.

const binding = internalBinding('fs');
const { kEmptyObject } = require('internal/util');
const {
  parseFileMode,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const {
  constants: { F_OK },
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedPath,
  getValidMode,
  kMaxUserId,
  makeCallback,
  toUnixTimestamp,
} = require('internal/fs/utils');
const { callbackRequest } = require('internal/fs/request');

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, callbackRequest(callback, 'access', path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.accessSync(path, getValidMode(mode, 'access'));
}

// exists() reports through `callback(boolean)`, never an error; it goes
// through fs.access so that a patched access is seen, as in node.
function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    require('fs').access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.accessSync(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, options.bigint === true,
               callbackRequest(callback, 'stat', path, undefined,
                               getStatsFromBinding));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, options.bigint === true,
                callbackRequest(callback, 'lstat', path, undefined,
                                getStatsFromBinding));
}

// statSync / lstatSync with `throwIfNoEntry: false` give undefined for a
// missing entry (ENOENT) instead of throwing.
const defaultStatSyncOptions = { bigint: false, throwIfNoEntry: true };

// The options are read as node reads them: bigint first.
function statSyncWith(fn, path, options) {
  const bigint = options.bigint === true;
  if (options.throwIfNoEntry === undefined || options.throwIfNoEntry) {
    return getStatsFromBinding(fn(path, bigint));
  }
  try {
    return getStatsFromBinding(fn(path, bigint));
  } catch (err) {
    if (err?.code === 'ENOENT') return undefined;
    throw err;
  }
}

function statSync(path, options = defaultStatSyncOptions) {
  path = getValidatedPath(path);
  return statSyncWith(binding.statSync, path, options);
}

function lstatSync(path, options = defaultStatSyncOptions) {
  path = getValidatedPath(path);
  return statSyncWith(binding.lstatSync, path, options);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, options.bigint === true,
                 callbackRequest(callback, 'statfs', path, undefined,
                                 getStatFsFromBinding));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(binding.statfsSync(path, options.bigint === true));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode | 0, callbackRequest(callback, 'chmod', path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmodSync(path, parseFileMode(mode, 'mode') | 0);
}

function chown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  callback = makeCallback(callback);
  binding.chown(path, uid >>> 0, gid >>> 0,
                callbackRequest(callback, 'chown', path));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.chownSync(path, uid >>> 0, gid >>> 0);
}

function lchown(path, uid, gid, callback) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  callback = makeCallback(callback);
  binding.lchown(path, uid >>> 0, gid >>> 0,
                 callbackRequest(callback, 'lchown', path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  binding.lchownSync(path, uid >>> 0, gid >>> 0);
}

function utimes(path, atime, mtime, callback) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  callback = makeCallback(callback);
  binding.utimes(path, atime, mtime, callbackRequest(callback, 'utime', path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimesSync(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  callback = makeCallback(callback);
  binding.lutimes(path, atime, mtime,
                  callbackRequest(callback, 'lutime', path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimesSync(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

module.exports = {
  access,
  accessSync,
  chmod,
  chmodSync,
  chown,
  chownSync,
  exists,
  existsSync,
  lchown,
  lchownSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  stat,
  statfs,
  statfsSync,
  statSync,
  utimes,
  utimesSync,
};
