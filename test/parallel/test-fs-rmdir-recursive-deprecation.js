'use strict';
// rmdir { recursive: true } still removes a tree, with the DEP0147
// deprecation warning (once).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

common.expectWarning(
  'DeprecationWarning',
  'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will ' +
  'be removed. Use fs.rm(path, { recursive: true }) instead',
  'DEP0147');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const root = tmpdir.resolve('tree');
fs.mkdirSync(path.join(root, 'x', 'y'), { recursive: true });
fs.writeFileSync(path.join(root, 'x', 'file'), '');

fs.rmdirSync(root, { recursive: true });
assert.strictEqual(fs.existsSync(root), false);

// Unlike rm { force }, a missing path is an error.
assert.throws(() => fs.rmdirSync(root, { recursive: true }), {
  code: 'ENOENT',
  syscall: 'lstat',
});

fs.mkdirSync(path.join(root, 'again'), { recursive: true });
fs.rmdir(root, { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(root), false);
}));
