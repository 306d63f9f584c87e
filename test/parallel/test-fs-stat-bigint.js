'use strict';
// { bigint: true } gives BigIntStats: every field a BigInt, plus the
// nanosecond times; Dates come from the truncated millisecond time.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('big.txt');
fs.writeFileSync(file, 'abc');
fs.utimesSync(file, 1000.0007, 3);

const stats = fs.statSync(file, { bigint: true });
assert.strictEqual(stats.constructor.name, 'BigIntStats');
assert.strictEqual(stats.size, 3n);
assert.strictEqual(typeof stats.ino, 'bigint');
assert.strictEqual(stats.atimeNs, 1000000700000n);
assert.strictEqual(stats.atimeMs, 1000000n);
assert.strictEqual(stats.atime.getTime(), 1000000);
assert.strictEqual(stats.mtimeNs, 3000000000n);
assert.strictEqual(stats.isFile(), true);
assert.strictEqual(stats.isDirectory(), false);
assert.deepStrictEqual(Object.keys(stats).slice(10), [
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atimeNs', 'mtimeNs',
  'ctimeNs', 'birthtimeNs', 'atime', 'mtime', 'ctime', 'birthtime',
]);

// Only `true` asks for BigInts.
assert.strictEqual(typeof fs.statSync(file, { bigint: 1 }).size, 'number');
assert.strictEqual(typeof fs.statSync(file, { bigint: 'yes' }).size, 'number');

fs.lstat(file, { bigint: true }, common.mustSucceed((s) => {
  assert.strictEqual(s.size, 3n);
}));
fs.promises.stat(file, { bigint: true }).then(common.mustCall((s) => {
  assert.strictEqual(s.mtimeNs, 3000000000n);
}));
const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd, { bigint: true }).size, 3n);
fs.closeSync(fd);
