'use strict';
// access checks F_OK / R_OK / W_OK / X_OK; a mode outside 0..7 is a
// RangeError thrown before the call (in node's native wording).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('access.txt');
fs.writeFileSync(file, '');
fs.chmodSync(file, 0o600);

fs.accessSync(file);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.W_OK, 2);
assert.strictEqual(fs.X_OK, 1);
if (process.getuid() !== 0) {
  assert.throws(() => fs.accessSync(file, fs.constants.X_OK), {
    code: 'EACCES',
    syscall: 'access',
    message: `EACCES: permission denied, access '${file}'`,
  });
}
const missing = tmpdir.resolve('missing');
assert.throws(() => fs.accessSync(missing), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, access '${missing}'`,
});

for (const mode of [8, -1]) {
  assert.throws(() => fs.accessSync(file, mode), (err) => {
    assert.ok(err instanceof RangeError);
    assert.strictEqual(err.code, 'ERR_OUT_OF_RANGE');
    assert.strictEqual(err.message, 'mode is out of range: >= 0 && <= 7');
    return true;
  });
}
assert.throws(() => fs.access(file, 8, common.mustNotCall()), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => fs.accessSync(file, NaN), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'mode is out of range',
});
for (const mode of ['r', true, 1n]) {
  assert.throws(() => fs.accessSync(file, mode), (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'mode must be int32 or null/undefined');
    return true;
  });
}
// Fractions are truncated; null means F_OK.
fs.accessSync(file, 6.9);
fs.accessSync(file, null);

fs.access(file, common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
}));
fs.access(missing, fs.constants.F_OK, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
fs.promises.access(file, fs.constants.R_OK).then(common.mustCall((v) => {
  assert.strictEqual(v, undefined);
}));
