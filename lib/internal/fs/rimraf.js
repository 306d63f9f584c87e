'use strict';

// Recursive removal for fs.rm / fs.rmSync (and the deprecated rmdir
// { recursive }): unlink files, rmdir directories, and when a directory is
// not empty remove its children first. EBUSY, EMFILE, ENFILE, ENOTEMPTY and
// EPERM are retried up to `maxRetries` times, waiting `retryDelay` ms more
// each time; a path that is already gone is not an error.

const {
  AtomicsWait,
  Int32Array,
  RegExpPrototypeExec,
  SafeSet,
  SharedArrayBuffer,
} = primordials;

const binding = internalBinding('fs');
const {
  fsError,
  getStatsFromBinding,
} = require('internal/fs/utils');
const { rawRequest } = require('internal/fs/request');

const kAscii = /^[\x00-\x7f]*$/;
const retryErrorCodes = new SafeSet(
  ['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);
const notEmptyErrorCodes = new SafeSet(['ENOTEMPTY', 'EEXIST', 'EPERM']);

let BufferModule;
const lazyBuffer = () => (BufferModule ??= require('buffer').Buffer);


// `name` comes from the binding as its raw bytes (a one-byte string), so
// that names which are not valid UTF-8 can be removed too: ASCII names
// join as strings, others as Buffers.
function childPath(dir, name) {
  if (typeof dir === 'string' && RegExpPrototypeExec(kAscii, name) !== null) {
    return dir[dir.length - 1] === '/' ? dir + name : `${dir}/${name}`;
  }
  const Buffer = lazyBuffer();
  const base = Buffer.from(dir);
  const parts = [base, Buffer.from(name, 'latin1')];
  if (base[base.length - 1] !== 0x2f) parts.splice(1, 0, Buffer.from('/'));
  return Buffer.concat(parts);
}

// --- async ---------------------------------------------------------------------

// A callback-style wrapper over the binding: cb(err, result).
function call(op, syscall, path, args, cb) {
  binding[op](...args, rawRequest((errno, result) => {
    if (errno !== 0) return cb(fsError(errno, syscall, path));
    cb(null, result);
  }));
}

function rimraf(path, options, callback) {
  let retries = 0;
  const attempt = () => removeEntry(path, options, retryOrFinish);
  function retryOrFinish(err) {
    if (err) {
      if (retryErrorCodes.has(err.code) && retries < options.maxRetries) {
        retries++;
        setTimeout(attempt, retries * options.retryDelay);
        return;
      }
      if (err.code === 'ENOENT') err = null;
    }
    callback(err);
  }
  attempt();
}

function removeEntry(path, options, callback) {
  call('lstat', 'lstat', path, [path, false], (err, stats) => {
    if (err) {
      if (err.code === 'ENOENT') return callback(null);
    } else if (getStatsFromBinding(stats).isDirectory()) {
      return removeDir(path, options, null, callback);
    }
    call('unlink', 'unlink', path, [path], (unlinkErr) => {
      if (unlinkErr) {
        if (unlinkErr.code === 'ENOENT') return callback(null);
        if (unlinkErr.code === 'EISDIR' || unlinkErr.code === 'EPERM') {
          return removeDir(path, options, unlinkErr, callback);
        }
      }
      callback(unlinkErr);
    });
  });
}

function removeDir(path, options, originalErr, callback) {
  call('rmdir', 'rmdir', path, [path], (err) => {
    if (err) {
      if (notEmptyErrorCodes.has(err.code)) {
        return removeChildren(path, options, callback);
      }
      if (err.code === 'ENOTDIR') return callback(originalErr);
    }
    callback(err);
  });
}

function removeChildren(path, options, callback) {
  call('readdir', 'scandir', path, [path, false, true], (err, names) => {
    if (err) return callback(err);
    let pending = names.length;
    if (pending === 0) return call('rmdir', 'rmdir', path, [path], callback);
    let failed = false;
    for (let i = 0; i < names.length; i++) {
      rimraf(childPath(path, names[i]), options, (childErr) => {
        if (failed) return;
        if (childErr) {
          failed = true;
          return callback(childErr);
        }
        if (--pending === 0) call('rmdir', 'rmdir', path, [path], callback);
      });
    }
  });
}

// --- sync ------------------------------------------------------------------------

let sleepCell;
function sleep(ms) {
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  AtomicsWait(sleepCell, 0, 0, ms);
}

function rimrafSync(path, options) {
  let stats;
  try {
    stats = getStatsFromBinding(binding.lstatSync(path, false));
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  try {
    if (stats.isDirectory()) {
      removeDirSync(path, options, null);
    } else {
      unlinkSyncWithRetries(path, options);
    }
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code !== 'EPERM' && err.code !== 'EISDIR') throw err;
    removeDirSync(path, options, err);
  }
}

function unlinkSyncWithRetries(path, options) {
  const tries = options.maxRetries + 1;
  for (let i = 1; ; i++) {
    try {
      binding.unlinkSync(path);
      return;
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (i >= tries || !retryErrorCodes.has(err.code) ||
          err.code === 'EPERM') {
        throw err;
      }
      if (options.retryDelay > 0) sleep(i * options.retryDelay);
    }
  }
}

function removeDirSync(path, options, originalErr) {
  try {
    binding.rmdirSync(path);
    return;
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr ?? err;
    if (!notEmptyErrorCodes.has(err.code)) throw err;
  }
  const names = binding.readdirSync(path, false, true);
  for (let i = 0; i < names.length; i++) {
    rimrafSync(childPath(path, names[i]), options);
  }
  const tries = options.maxRetries + 1;
  for (let i = 1; ; i++) {
    try {
      binding.rmdirSync(path);
      return;
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (i >= tries || !retryErrorCodes.has(err.code)) throw err;
      if (options.retryDelay > 0) sleep(i * options.retryDelay);
    }
  }
}

module.exports = {
  rimraf,
  rimrafSync,
};
