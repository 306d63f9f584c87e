'use strict';
// The mode of open/chmod/mkdir is a uint32 or an octal string; anything else
// is rejected before the file system is touched.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();

const umask = process.umask();
const file = tmpdir.resolve('mode-string.txt');
fs.closeSync(fs.openSync(file, 'w', '640'));
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640 & ~umask);

const file2 = tmpdir.resolve('mode-number.txt');
fs.closeSync(fs.openSync(file2, 'w', 0o600));
assert.strictEqual(fs.statSync(file2).mode & 0o777, 0o600 & ~umask);

assert.throws(() => fs.openSync(file, 'r', 'abc'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an " +
           "octal string. Received 'abc'",
});
assert.throws(() => fs.openSync(file, 'r', '8'), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => fs.openSync(file, 'r', -1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "mode" is out of range. It must be >= 0 && ' +
           '<= 4294967295. Received -1',
});
assert.throws(() => fs.openSync(file, 'r', 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be an integer. ' +
           'Received 1.5',
});
assert.throws(() => fs.openSync(file, 'r', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mode" argument must be of type number. Received an ' +
           'instance of Object',
});
assert.throws(() => fs.mkdirSync(tmpdir.resolve('d'), { mode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer " +
           "or an octal string. Received 'x'",
});
