'use strict';
// truncate / ftruncate cut or extend a file (default length 0); truncate
// with an fd still works but is deprecated (DEP0081).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('trunc.txt');
fs.writeFileSync(file, '0123456789');

fs.truncateSync(file, 4);
assert.strictEqual(fs.readFileSync(file, 'utf8'), '0123');
fs.truncateSync(file, 6);
assert.strictEqual(fs.readFileSync(file, 'latin1'), '0123\0\0');
fs.truncateSync(file);
assert.strictEqual(fs.statSync(file).size, 0);
fs.writeFileSync(file, 'abc');
// A negative length means 0.
fs.truncateSync(file, -1);
assert.strictEqual(fs.statSync(file).size, 0);
assert.throws(() => fs.truncateSync(file, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "len" argument must be of type number. Received type string ' +
           "('x')",
});

fs.writeFileSync(file, 'abcdef');
const fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
assert.throws(() => fs.ftruncateSync(fd, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "len" argument must be of type number. Received type string ' +
           "('a')",
});
assert.throws(() => fs.truncateSync(tmpdir.resolve('missing')), {
  code: 'ENOENT',
  syscall: 'open',
});

common.expectWarning('DeprecationWarning',
                     'Using fs.truncate with a file descriptor is ' +
                     'deprecated. Please use fs.ftruncate with a file ' +
                     'descriptor instead.', 'DEP0081');
fs.truncate(fd, 1, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'a');
  // A negative length truncates to 0 in the callback form.
  fs.ftruncate(fd, -5, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).size, 0);
    fs.closeSync(fd);
    fs.writeFileSync(file, 'xyz');
    fs.truncate(file, 2, common.mustCall(function(err) {
      assert.strictEqual(err, null);
      assert.strictEqual(arguments.length, 1);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'xy');
      fs.promises.truncate(file, 1).then(common.mustCall(() => {
        assert.strictEqual(fs.readFileSync(file, 'utf8'), 'x');
      }));
    }));
  }));
}));
