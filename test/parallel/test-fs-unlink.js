'use strict';
// unlink removes a file name; a directory is EISDIR, a missing name ENOENT.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('gone');
fs.writeFileSync(file, '');
fs.unlinkSync(file);
assert.strictEqual(fs.existsSync(file), false);
assert.throws(() => fs.unlinkSync(file), {
  code: 'ENOENT',
  syscall: 'unlink',
  message: `ENOENT: no such file or directory, unlink '${file}'`,
});
assert.throws(() => fs.unlinkSync(tmpdir.path), {
  code: 'EISDIR',
  syscall: 'unlink',
});
fs.writeFileSync(file, '');
fs.unlink(file, common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
  fs.promises.unlink(file).catch(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
  }));
}));
