'use strict';
// symlink stores the target as given; the type ('file', 'dir', 'junction')
// is checked even where it does not matter, and errors read
// `symlink 'target' -> 'path'`.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const link = tmpdir.resolve('link');

fs.symlinkSync('relative/target', link);
assert.strictEqual(fs.readlinkSync(link), 'relative/target');
assert.throws(() => fs.symlinkSync('other', link), {
  code: 'EEXIST',
  syscall: 'symlink',
  path: 'other',
  dest: link,
  message: `EEXIST: file already exists, symlink 'other' -> '${link}'`,
});
assert.throws(() => fs.symlinkSync('x', tmpdir.resolve('y'), 'bogus'), {
  code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". ' +
           'Received "bogus"',
});
fs.symlinkSync(tmpdir.path, tmpdir.resolve('dirlink'), 'dir');
assert.ok(fs.statSync(tmpdir.resolve('dirlink')).isDirectory());

// The type may be left out of the callback form.
fs.symlink('t1', tmpdir.resolve('cb1'), common.mustSucceed(() => {
  assert.strictEqual(fs.readlinkSync(tmpdir.resolve('cb1')), 't1');
}));
fs.symlink('t2', tmpdir.resolve('cb2'), 'file', common.mustSucceed(() => {
  assert.strictEqual(fs.readlinkSync(tmpdir.resolve('cb2')), 't2');
}));
fs.promises.symlink('t3', tmpdir.resolve('p3')).then(common.mustCall(() => {
  assert.strictEqual(fs.readlinkSync(tmpdir.resolve('p3')), 't3');
}));
