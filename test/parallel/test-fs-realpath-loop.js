'use strict';
// Links that point at each other make realpath fail with ELOOP.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
fs.symlinkSync('b', tmpdir.resolve('a'));
fs.symlinkSync('a', tmpdir.resolve('b'));

const looped = tmpdir.resolve('a');
assert.throws(() => fs.realpathSync(looped), {
  code: 'ELOOP',
  message: `ELOOP: too many symbolic links encountered, stat '${looped}'`,
});
assert.throws(() => fs.realpathSync.native(looped), {
  code: 'ELOOP',
  syscall: 'realpath',
});
fs.realpath(looped, common.mustCall((err, result) => {
  assert.strictEqual(result, undefined);
  assert.strictEqual(err.code, 'ELOOP');
}));
