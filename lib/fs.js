'use strict';

// The fs module: gathers the callback and sync functions from
// lib/internal/fs/*, in node's order (Object.keys(fs) is observable), with
// the lazily loaded streams, Dir, promises API and cp.

const {
  ObjectDefineProperties,
  ObjectDefineProperty,
  Promise,
  PromisePrototypeThen,
} = primordials;

const { kEmptyObject, promisify } = require('internal/util');
const { validateObject, validateString } = require('internal/validators');
const utils = require('internal/fs/utils');
const io = require('internal/fs/io');
const metadata = require('internal/fs/metadata');
const entries = require('internal/fs/entries');
const readFileModule = require('internal/fs/read_file');
const { realpath, realpathSync } = require('internal/fs/realpath');
const watchers = require('internal/fs/watchers');

const {
  constants,
  Dirent,
  getValidatedPath,
  makeCallback,
  Stats,
  toUnixTimestamp,
  validateCpOptions,
} = utils;
const { F_OK, R_OK, W_OK, X_OK } = constants;

// exists() has its own promise form: it never rejects.
ObjectDefineProperty(metadata.exists, promisify.custom, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => metadata.exists(path, resolve));
  },
});

// util.promisify(fs.read) and friends resolve to objects with these names.
const { customPromisifyArgs } = require('internal/util');
for (const { 0: fn, 1: names } of [
  [io.read, ['bytesRead', 'buffer']],
  [io.write, ['bytesWritten', 'buffer']],
  [io.readv, ['bytesRead', 'buffers']],
  [io.writev, ['bytesWritten', 'buffers']],
]) {
  ObjectDefineProperty(fn, customPromisifyArgs, {
    __proto__: null, value: names, enumerable: false,
  });
}

let cpModule;
const lazyCp = () => (cpModule ??= require('internal/fs/cp'));

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  // node calls back with (null, undefined) here: two arguments.
  PromisePrototypeThen(lazyCp().cpFn(src, dest, options),
                       (result) => callback(null, result), callback);
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  lazyCp().cpSyncFn(src, dest, options);
}

let streamsModule;
const lazyStreams = () => (streamsModule ??= require('internal/fs/streams'));
let dirModule;
const lazyDir = () => (dirModule ??= require('internal/fs/dir'));

function createReadStream(path, options) {
  const { ReadStream } = lazyStreams();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = lazyStreams();
  return new WriteStream(path, options);
}

// A Blob of the file's bytes, read now.
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  return new Promise((resolve, reject) => {
    readFileModule.readFile(path, (err, data) => {
      if (err) return reject(err);
      const { Blob } = require('buffer');
      resolve(new Blob([data], { type }));
    });
  });
}

module.exports = {
  appendFile: readFileModule.appendFile,
  appendFileSync: readFileModule.appendFileSync,
  access: metadata.access,
  accessSync: metadata.accessSync,
  chown: metadata.chown,
  chownSync: metadata.chownSync,
  chmod: metadata.chmod,
  chmodSync: metadata.chmodSync,
  close: io.close,
  closeSync: io.closeSync,
  copyFile: entries.copyFile,
  copyFileSync: entries.copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists: metadata.exists,
  existsSync: metadata.existsSync,
  fchown: io.fchown,
  fchownSync: io.fchownSync,
  fchmod: io.fchmod,
  fchmodSync: io.fchmodSync,
  fdatasync: io.fdatasync,
  fdatasyncSync: io.fdatasyncSync,
  fstat: io.fstat,
  fstatSync: io.fstatSync,
  fsync: io.fsync,
  fsyncSync: io.fsyncSync,
  ftruncate: io.ftruncate,
  ftruncateSync: io.ftruncateSync,
  futimes: io.futimes,
  futimesSync: io.futimesSync,
  lchown: metadata.lchown,
  lchownSync: metadata.lchownSync,
  // Linux has no lchmod(2): node leaves these undefined there.
  lchmod: undefined,
  lchmodSync: undefined,
  link: entries.link,
  linkSync: entries.linkSync,
  lstat: metadata.lstat,
  lstatSync: metadata.lstatSync,
  lutimes: metadata.lutimes,
  lutimesSync: metadata.lutimesSync,
  mkdir: entries.mkdir,
  mkdirSync: entries.mkdirSync,
  mkdtemp: entries.mkdtemp,
  mkdtempSync: entries.mkdtempSync,
  open: io.open,
  openSync: io.openSync,
  openAsBlob,
  readdir: entries.readdir,
  readdirSync: entries.readdirSync,
  read: io.read,
  readSync: io.readSync,
  readv: io.readv,
  readvSync: io.readvSync,
  readFile: readFileModule.readFile,
  readFileSync: readFileModule.readFileSync,
  readlink: entries.readlink,
  readlinkSync: entries.readlinkSync,
  realpath,
  realpathSync,
  rename: entries.rename,
  renameSync: entries.renameSync,
  rm: entries.rm,
  rmSync: entries.rmSync,
  rmdir: entries.rmdir,
  rmdirSync: entries.rmdirSync,
  stat: metadata.stat,
  statfs: metadata.statfs,
  statSync: metadata.statSync,
  statfsSync: metadata.statfsSync,
  symlink: entries.symlink,
  symlinkSync: entries.symlinkSync,
  truncate: io.truncate,
  truncateSync: io.truncateSync,
  unwatchFile: watchers.unwatchFile,
  unlink: entries.unlink,
  unlinkSync: entries.unlinkSync,
  utimes: metadata.utimes,
  utimesSync: metadata.utimesSync,
  watch: watchers.watch,
  watchFile: watchers.watchFile,
  writeFile: readFileModule.writeFile,
  writeFileSync: readFileModule.writeFileSync,
  write: io.write,
  writeSync: io.writeSync,
  writev: io.writev,
  writevSync: io.writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(val) {
    setOwn(this, 'ReadStream', val);
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(val) {
    setOwn(this, 'WriteStream', val);
  },
  // Legacy names of the two stream classes.
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  set FileReadStream(val) {
    setOwn(this, 'FileReadStream', val);
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  set FileWriteStream(val) {
    setOwn(this, 'FileWriteStream', val);
  },

  // For tests: node exposes this helper.
  _toUnixTimestamp: toUnixTimestamp,

  get Dir() {
    return lazyDir().Dir;
  },
  set Dir(val) {
    setOwn(this, 'Dir', val);
  },
  get opendir() {
    return lazyDir().opendir;
  },
  set opendir(val) {
    setOwn(this, 'opendir', val);
  },
  get opendirSync() {
    return lazyDir().opendirSync;
  },
  set opendirSync(val) {
    setOwn(this, 'opendirSync', val);
  },
};

// Assigning to a lazy property replaces it with a plain value.
function setOwn(target, name, value) {
  ObjectDefineProperty(target, name, {
    __proto__: null, value, writable: true, enumerable: true,
    configurable: true,
  });
}

let promisesModule;
ObjectDefineProperties(module.exports, {
  F_OK: { __proto__: null, enumerable: true, value: F_OK },
  R_OK: { __proto__: null, enumerable: true, value: R_OK },
  W_OK: { __proto__: null, enumerable: true, value: W_OK },
  X_OK: { __proto__: null, enumerable: true, value: X_OK },
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      promisesModule ??= require('internal/fs/promises').exports;
      return promisesModule;
    },
  },
});
