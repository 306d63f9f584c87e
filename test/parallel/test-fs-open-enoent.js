'use strict';
// Opening a missing file fails with ENOENT and node's message, errno, code,
// syscall and path, in the sync, callback and promise forms alike.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const missing = tmpdir.resolve('does-not-exist.txt');

const expected = {
  name: 'Error',
  message: `ENOENT: no such file or directory, open '${missing}'`,
  errno: -2,
  code: 'ENOENT',
  syscall: 'open',
  path: missing,
};

assert.throws(() => fs.openSync(missing), expected);
assert.throws(() => fs.openSync(missing, 'r+'), expected);

fs.open(missing, 'r', common.mustCall((err, fd) => {
  assert.strictEqual(fd, undefined);
  assert.ok(err instanceof Error);
  for (const key of Object.keys(expected)) {
    assert.strictEqual(err[key], expected[key], key);
  }
  // The system error carries exactly these own enumerable properties.
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
}));

assert.rejects(fs.promises.open(missing), expected).then(common.mustCall());
