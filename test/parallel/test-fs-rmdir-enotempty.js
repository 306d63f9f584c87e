'use strict';
// rmdir removes only empty directories: ENOTEMPTY otherwise, ENOTDIR for a
// file.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const dir = tmpdir.resolve('full');
fs.mkdirSync(dir);
fs.writeFileSync(tmpdir.resolve('full', 'f'), '');

assert.throws(() => fs.rmdirSync(dir), {
  code: 'ENOTEMPTY',
  syscall: 'rmdir',
  message: `ENOTEMPTY: directory not empty, rmdir '${dir}'`,
});
assert.throws(() => fs.rmdirSync(tmpdir.resolve('full', 'f')), {
  code: 'ENOTDIR',
  syscall: 'rmdir',
});
fs.unlinkSync(tmpdir.resolve('full', 'f'));
fs.rmdir(dir, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(dir), false);
  fs.promises.rmdir(dir).catch(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
  }));
}));
