'use strict';
// Operations with no result call back with exactly (null); those with one
// with (null, result); failures with (err) alone.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('f');
fs.writeFileSync(file, 'x');

function noResult(name) {
  return common.mustCall(function(...args) {
    assert.deepStrictEqual(args, [null], name);
  });
}

fs.access(file, noResult('access'));
fs.chmod(file, 0o644, noResult('chmod'));
fs.utimes(file, 1, 1, noResult('utimes'));
fs.mkdir(tmpdir.resolve('d'), noResult('mkdir'));
fs.writeFile(tmpdir.resolve('w'), 'x', noResult('writeFile'));
fs.copyFile(file, tmpdir.resolve('c'), noResult('copyFile'));
const fd = fs.openSync(file, 'r');
fs.fsync(fd, common.mustCall(function(...args) {
  assert.deepStrictEqual(args, [null]);
  fs.close(fd, noResult('close'));
}));
fs.stat(file, common.mustCall(function(...args) {
  assert.strictEqual(args.length, 2);
  assert.strictEqual(args[0], null);
  assert.ok(args[1] instanceof fs.Stats);
}));
fs.stat(tmpdir.resolve('missing'), common.mustCall(function(...args) {
  assert.strictEqual(args.length, 1);
  assert.strictEqual(args[0].code, 'ENOENT');
}));
// read and write always pass their three values, even on failure.
fs.read(2 ** 30, Buffer.alloc(1), 0, 1, 0, common.mustCall(function(...args) {
  assert.strictEqual(args.length, 3);
  assert.strictEqual(args[0].code, 'EBADF');
  assert.strictEqual(args[1], 0);
}));
