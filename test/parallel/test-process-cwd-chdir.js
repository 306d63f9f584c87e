'use strict';
// cwd/chdir, and chdir's system error naming both directories.
require('../common');
const assert = require('assert');
const path = require('path');

const start = process.cwd();
process.chdir(__dirname);
assert.strictEqual(process.cwd(), __dirname);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(__dirname));
assert.throws(() => process.chdir('no-such-directory'), {
  code: 'ENOENT',
  errno: -2,
  syscall: 'chdir',
  path: process.cwd(),
  dest: 'no-such-directory',
  message: `ENOENT: no such file or directory, chdir '${process.cwd()}' -> ` +
    "'no-such-directory'",
});
assert.throws(() => process.chdir(1), { code: 'ERR_INVALID_ARG_TYPE' });
process.chdir(start);
