'use strict';
// resolve() (and relative()) start from process.cwd(), read at each call;
// win32 resolve() of a drive-relative path uses the cwd unless it is on
// another drive. (Windows' per-drive '=d:' variables cannot be set on POSIX.)
require('../common');
const assert = require('assert');
const path = require('path');

const realCwd = process.cwd;
process.cwd = () => '/srv/app';
try {
  assert.strictEqual(path.posix.resolve('a/b', '../c'), '/srv/app/a/c');
  assert.strictEqual(path.posix.resolve(), '/srv/app');
  assert.strictEqual(path.posix.resolve(''), '/srv/app');
  assert.strictEqual(path.posix.relative('x', '/srv'), '../..');
  assert.strictEqual(path.win32.resolve('x'), '\\srv\\app\\x');
  // A drive letter with no '=c:' variable: node keeps the posix cwd when
  // it does not look like another drive.
  assert.strictEqual(path.win32.resolve('c:'), 'c:\\srv\\app');
  assert.strictEqual(path.win32.resolve('d:x', 'y'), 'd:\\srv\\app\\x\\y');
  // A cwd that names another drive is not used for this one.
  process.cwd = () => 'E:\\other';
  assert.strictEqual(path.win32.resolve('d:x'), 'd:\\x');
} finally {
  process.cwd = realCwd;
}
