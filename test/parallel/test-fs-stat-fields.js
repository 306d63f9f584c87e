'use strict';
// Stats: the fields node reports, in its order, with Dates rounded from the
// millisecond times, and the type predicates.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('stat.txt');
fs.writeFileSync(file, '12345');
// 1000.0007 s: the millisecond time is 1000000.7, whose Date rounds up.
fs.utimesSync(file, 1000.0007, 2000.0004);

const stats = fs.statSync(file);
assert.ok(stats instanceof fs.Stats);
assert.deepStrictEqual(Object.keys(stats), [
  'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
  'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime',
  'ctime', 'birthtime',
]);
assert.strictEqual(stats.size, 5);
assert.strictEqual(stats.nlink, 1);
assert.strictEqual(stats.uid, process.getuid());
assert.strictEqual(stats.atimeMs, 1000000.7);
assert.strictEqual(stats.atime.getTime(), 1000001);
assert.strictEqual(Math.round(stats.mtimeMs * 10), 20000004);
assert.strictEqual(stats.mtime.getTime(), 2000000);
assert.ok(stats.mtime instanceof Date);
assert.strictEqual(stats.isFile(), true);
assert.strictEqual(stats.isDirectory(), false);
assert.strictEqual(stats.isSymbolicLink(), false);
assert.strictEqual(fs.statSync(tmpdir.path).isDirectory(), true);
assert.strictEqual(fs.statSync('/dev/null').isCharacterDevice(), true);

// fs.Stats can be built by hand, as node allows.
const made = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 7, 10, 8,
                          1.5, 2, 3, 4);
assert.strictEqual(made.isFile(), true);
assert.strictEqual(made.atime.getTime(), 2);
assert.strictEqual(made.birthtimeMs, 4);

fs.stat(file, common.mustSucceed((s) => {
  assert.deepStrictEqual(s, stats);
}));
fs.promises.stat(file).then(common.mustCall((s) => {
  assert.strictEqual(s.size, 5);
  assert.ok(s instanceof fs.Stats);
}));
const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd).ino, stats.ino);
fs.fstat(fd, common.mustSucceed((s) => {
  assert.strictEqual(s.ino, stats.ino);
  fs.closeSync(fd);
}));

// A time before 1970 is negative, in both forms. (A negative number given
// to utimes means "now", as in node; a Date does not.)
{
  const old = tmpdir.resolve('old.txt');
  fs.writeFileSync(old, '');
  fs.utimesSync(old, new Date(-40691500), new Date(-40691500));
  const s = fs.statSync(old);
  assert.strictEqual(s.mtimeMs, -40691500);
  assert.strictEqual(s.mtime.getTime(), -40691500);
  const big = fs.statSync(old, { bigint: true });
  assert.strictEqual(big.mtimeMs, -40691500n);
  assert.strictEqual(big.mtimeNs, -40691500000000n);
}
