'use strict';
// The shape of the fs module: node's keys in node's order, constants,
// the access-mode shortcuts, lazy classes, and fs.promises as fs/promises.
require('../common');
const assert = require('assert');
const fs = require('fs');

assert.deepStrictEqual(Object.keys(fs), [
  'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown',
  'chownSync', 'chmod', 'chmodSync', 'close', 'closeSync', 'copyFile',
  'copyFileSync', 'cp', 'cpSync', 'createReadStream', 'createWriteStream',
  'exists', 'existsSync', 'fchown', 'fchownSync', 'fchmod', 'fchmodSync',
  'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync', 'fsyncSync',
  'ftruncate', 'ftruncateSync', 'futimes', 'futimesSync', 'lchown',
  'lchownSync', 'lchmod', 'lchmodSync', 'link', 'linkSync', 'lstat',
  'lstatSync', 'lutimes', 'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp',
  'mkdtempSync', 'open', 'openSync', 'openAsBlob', 'readdir', 'readdirSync',
  'read', 'readSync', 'readv', 'readvSync', 'readFile', 'readFileSync',
  'readlink', 'readlinkSync', 'realpath', 'realpathSync', 'rename',
  'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs',
  'statSync', 'statfsSync', 'symlink', 'symlinkSync', 'truncate',
  'truncateSync', 'unwatchFile', 'unlink', 'unlinkSync', 'utimes',
  'utimesSync', 'watch', 'watchFile', 'writeFile', 'writeFileSync', 'write',
  'writeSync', 'writev', 'writevSync', 'Dirent', 'Stats', 'ReadStream',
  'WriteStream', 'FileReadStream', 'FileWriteStream', '_toUnixTimestamp',
  'Dir', 'opendir', 'opendirSync', 'F_OK', 'R_OK', 'W_OK', 'X_OK',
  'constants', 'promises',
]);

assert.strictEqual(fs.promises, require('fs/promises'));
assert.strictEqual(fs.promises, require('node:fs/promises'));
assert.deepStrictEqual(Object.keys(fs.promises), [
  'access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm',
  'rmdir', 'mkdir', 'readdir', 'readlink', 'symlink', 'lstat', 'stat',
  'statfs', 'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown', 'utimes',
  'lutimes', 'realpath', 'mkdtemp', 'writeFile', 'appendFile', 'readFile',
  'watch', 'constants',
]);
assert.strictEqual(fs.promises.constants, fs.constants);

const c = fs.constants;
assert.strictEqual(c.O_RDONLY, 0);
assert.strictEqual(c.O_WRONLY, 1);
assert.strictEqual(c.O_RDWR, 2);
assert.strictEqual(c.S_IFMT, 0o170000);
assert.strictEqual(c.S_IFREG, 0o100000);
assert.strictEqual(c.S_IFDIR, 0o040000);
assert.strictEqual(c.COPYFILE_EXCL, 1);
assert.strictEqual(c.UV_DIRENT_FILE, 1);
for (const [name, value] of [['F_OK', 0], ['R_OK', 4], ['W_OK', 2],
  ['X_OK', 1]]) {
  assert.strictEqual(fs[name], value);
  const desc = Object.getOwnPropertyDescriptor(fs, name);
  assert.strictEqual(desc.writable, false);
  assert.strictEqual(desc.enumerable, true);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(fs, 'constants').writable,
                   false);

assert.strictEqual(fs.FileReadStream, fs.ReadStream);
assert.strictEqual(fs.FileWriteStream, fs.WriteStream);
assert.strictEqual(typeof fs.Dir, 'function');
assert.strictEqual(typeof fs.opendir, 'function');
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);
assert.strictEqual(fs._toUnixTimestamp('12'), 12);
assert.strictEqual(fs.realpathSync.native.name, '');
assert.strictEqual(typeof fs.realpath.native, 'function');

// The lazy getters can be replaced.
const original = fs.ReadStream;
fs.ReadStream = 'patched';
assert.strictEqual(fs.ReadStream, 'patched');
fs.ReadStream = original;
