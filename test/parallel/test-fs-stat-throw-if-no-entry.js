'use strict';
// statSync / lstatSync { throwIfNoEntry: false } return undefined for a
// missing entry; other errors (ENOTDIR) still throw.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const missing = path.join(__dirname, 'no-such-file');
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }),
                   undefined);
assert.throws(() => fs.statSync(missing), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, stat '${missing}'`,
});
assert.throws(() => fs.lstatSync(missing, { throwIfNoEntry: true }), {
  code: 'ENOENT',
  syscall: 'lstat',
});
assert.throws(
  () => fs.statSync(path.join(__filename, 'x'), { throwIfNoEntry: false }),
  { code: 'ENOTDIR', syscall: 'stat' });
assert.ok(fs.statSync(__filename, { throwIfNoEntry: false }).isFile());
