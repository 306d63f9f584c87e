'use strict';
// chmod / fchmod change permission bits (octal strings allowed); Linux has
// no lchmod, so fs.lchmod is undefined and the promise one rejects.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('chmod.txt');
fs.writeFileSync(file, '');
const modeOf = (p) => fs.statSync(p).mode & 0o777;

fs.chmodSync(file, 0o640);
assert.strictEqual(modeOf(file), 0o640);
fs.chmodSync(file, '600');
assert.strictEqual(modeOf(file), 0o600);
const fd = fs.openSync(file, 'r');
fs.fchmodSync(fd, 0o604);
assert.strictEqual(modeOf(file), 0o604);
fs.closeSync(fd);

assert.throws(() => fs.chmodSync(file, 'rw'), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => fs.chmodSync(tmpdir.resolve('missing'), 0o600), {
  code: 'ENOENT',
  syscall: 'chmod',
});

assert.ok('lchmod' in fs);
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
assert.rejects(fs.promises.lchmod(file, 0o600), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The lchmod() method is not implemented',
}).then(common.mustCall());

fs.chmod(file, 0o644, common.mustSucceed(() => {
  assert.strictEqual(modeOf(file), 0o644);
  fs.promises.chmod(file, 0o600).then(common.mustCall(() => {
    assert.strictEqual(modeOf(file), 0o600);
  }));
}));
