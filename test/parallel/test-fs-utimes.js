'use strict';
// utimes / futimes / lutimes take seconds, Dates or numeric strings;
// anything else is ERR_INVALID_ARG_TYPE ("time" for utimes, "atime" /
// "mtime" for futimes).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('times.txt');
fs.writeFileSync(file, '');

fs.utimesSync(file, 100, new Date(200000));
let stats = fs.statSync(file);
assert.strictEqual(stats.atimeMs, 100000);
assert.strictEqual(stats.mtimeMs, 200000);

fs.utimesSync(file, '300', 400.5);
stats = fs.statSync(file);
assert.strictEqual(stats.atimeMs, 300000);
assert.strictEqual(stats.mtimeMs, 400500);

const fd = fs.openSync(file, 'r+');
fs.futimesSync(fd, 1, 2);
assert.strictEqual(fs.fstatSync(fd).mtimeMs, 2000);
assert.throws(() => fs.futimesSync(fd, 'x', 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "atime" argument must be an instance of Date or an Time in ' +
           "seconds. Received type string ('x')",
});
assert.throws(() => fs.futimesSync(fd, 1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "mtime" argument/,
});
fs.closeSync(fd);

assert.throws(() => fs.utimesSync(file, 'abc', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in ' +
           "seconds. Received type string ('abc')",
});
assert.throws(() => fs.utimesSync(tmpdir.resolve('missing'), 1, 1), {
  code: 'ENOENT',
  syscall: 'utime',
});

fs.symlinkSync('times.txt', tmpdir.resolve('link'));
fs.lutimesSync(tmpdir.resolve('link'), 5, 6);
assert.strictEqual(fs.lstatSync(tmpdir.resolve('link')).mtimeMs, 6000);
assert.strictEqual(fs.statSync(file).mtimeMs, 2000);

fs.utimes(file, 7, 8, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(file).mtimeMs, 8000);
  fs.promises.utimes(file, 9, new Date(10000)).then(common.mustCall(() => {
    assert.strictEqual(fs.statSync(file).mtimeMs, 10000);
  }));
}));
