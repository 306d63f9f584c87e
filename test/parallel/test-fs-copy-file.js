'use strict';
// copyFile copies content; COPYFILE_EXCL refuses an existing destination;
// modes outside 0..7 are a RangeError.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const src = tmpdir.resolve('src');
const dest = tmpdir.resolve('dest');
fs.writeFileSync(src, 'copy me');

fs.copyFileSync(src, dest);
assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'copy me');
fs.copyFileSync(src, dest);
assert.throws(() => fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST',
  syscall: 'copyfile',
  message: `EEXIST: file already exists, copyfile '${src}' -> '${dest}'`,
});
assert.throws(() => fs.copyFileSync(src, dest, 8), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'mode is out of range: >= 0 && <= 7',
});
const missing = tmpdir.resolve('missing');
assert.throws(() => fs.copyFileSync(missing, dest), {
  code: 'ENOENT',
  path: missing,
  dest,
});

fs.unlinkSync(dest);
fs.copyFile(src, dest, common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(fs.readFileSync(dest, 'utf8'), 'copy me');
  fs.promises.copyFile(src, dest, fs.constants.COPYFILE_EXCL)
    .catch(common.mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
}));
