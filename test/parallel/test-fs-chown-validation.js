'use strict';
// chown's uid and gid are integers from -1 ("leave as is") to 2**32 - 1;
// setting a file to its own owner works without privileges.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('owned.txt');
fs.writeFileSync(file, '');
const { uid, gid } = fs.statSync(file);

fs.chownSync(file, uid, gid);
fs.chownSync(file, -1, -1);
fs.lchownSync(file, uid, -1);
const fd = fs.openSync(file, 'r');
fs.fchownSync(fd, -1, gid);
fs.closeSync(fd);
assert.strictEqual(fs.statSync(file).uid, uid);

assert.throws(() => fs.chownSync(file, -2, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be >= -1 && ' +
           '<= 4294967295. Received -2',
});
assert.throws(() => fs.chownSync(file, 0, 2 ** 32), {
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "gid" is out of range/,
});
assert.throws(() => fs.chownSync(file, 1.5, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be an integer. ' +
           'Received 1.5',
});
assert.throws(() => fs.chownSync(file, '0', 0), {
  code: 'ERR_INVALID_ARG_TYPE',
});

fs.chown(file, uid, gid, common.mustSucceed());
fs.promises.lchown(file, -1, -1).then(common.mustCall());
assert.rejects(fs.promises.chown(file, -2, 0), { code: 'ERR_OUT_OF_RANGE' })
  .then(common.mustCall());
