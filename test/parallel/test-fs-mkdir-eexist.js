'use strict';
// A plain mkdir of an existing path is EEXIST; of a path under a missing
// directory ENOENT. Non-recursive mkdir returns undefined.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const dir = tmpdir.resolve('dir');
assert.strictEqual(fs.mkdirSync(dir), undefined);
assert.throws(() => fs.mkdirSync(dir), {
  code: 'EEXIST',
  errno: -17,
  syscall: 'mkdir',
  path: dir,
  message: `EEXIST: file already exists, mkdir '${dir}'`,
});
const orphan = tmpdir.resolve('missing', 'child');
assert.throws(() => fs.mkdirSync(orphan), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, mkdir '${orphan}'`,
});
fs.mkdir(dir, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.path, dir);
}));
fs.mkdir(tmpdir.resolve('mode'), 0o700, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(tmpdir.resolve('mode')).mode & 0o777,
                     0o700 & ~process.umask());
}));
