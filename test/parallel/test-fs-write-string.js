'use strict';
// fs.write / fs.writeSync with a string: (fd, string[, position[,
// encoding]]) — the position may be skipped, and the encoding decides the
// bytes written.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('string.txt');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);
assert.strictEqual(fs.writeSync(fd, 'J', 0), 1);
assert.strictEqual(fs.writeSync(fd, '2122', null, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, 'IyQ=', null, 'base64'), 2);
assert.strictEqual(fs.writeSync(fd, 'é', null, 'latin1'), 1);
assert.strictEqual(fs.writeSync(fd, 'ab', null, 'utf16le'), 4);
assert.strictEqual(fs.readFileSync(file, 'latin1'),
                   'JÃ©llo!"#$\u00e9a\u0000b\u0000');

assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. " +
           "Received 'hex'",
});
assert.throws(() => fs.writeSync(fd, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of ' +
           'Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => fs.writeSync(fd, { toString() { return 'x'; } }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

fs.closeSync(fd);
const fd2 = fs.openSync(file, 'w+');
fs.write(fd2, 'abc', common.mustSucceed((written, string) => {
  assert.strictEqual(written, 3);
  assert.strictEqual(string, 'abc');
  fs.write(fd2, 'Z', 1, common.mustSucceed((written) => {
    assert.strictEqual(written, 1);
    fs.write(fd2, '7a7a', 3, 'hex', common.mustSucceed((written) => {
      assert.strictEqual(written, 2);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), 'aZczz');
      fs.closeSync(fd2);
    }));
  }));
}));
