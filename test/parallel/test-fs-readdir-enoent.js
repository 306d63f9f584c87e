'use strict';
// readdir errors are reported under libuv's name for it: scandir.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const missing = '/nonexistent-nodus-dir';
const expected = {
  code: 'ENOENT',
  syscall: 'scandir',
  path: missing,
  message: `ENOENT: no such file or directory, scandir '${missing}'`,
};
assert.throws(() => fs.readdirSync(missing), expected);
assert.throws(() => fs.readdirSync(__filename), {
  code: 'ENOTDIR',
  syscall: 'scandir',
  message: `ENOTDIR: not a directory, scandir '${__filename}'`,
});
fs.readdir(missing, common.mustCall((err, list) => {
  assert.strictEqual(list, undefined);
  assert.strictEqual(err.message, expected.message);
}));
assert.rejects(fs.promises.readdir(missing), expected).then(common.mustCall());
