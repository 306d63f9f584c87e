'use strict';
// String flags ('r', 'w', 'wx', 'a', 'r+', ...) behave like their O_* bits,
// numbers pass through, and anything else is ERR_INVALID_ARG_VALUE.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('flags.txt');

// 'w' creates and truncates.
fs.closeSync(fs.openSync(file, 'w'));
fs.writeFileSync(file, 'abc');
fs.closeSync(fs.openSync(file, 'w'));
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');

// 'wx' / 'xw' refuse an existing file.
for (const flag of ['wx', 'xw', 'wx+', 'xw+', 'ax', 'xa', 'ax+', 'xa+']) {
  assert.throws(() => fs.openSync(file, flag), {
    code: 'EEXIST',
    syscall: 'open',
    message: `EEXIST: file already exists, open '${file}'`,
  }, flag);
}

// 'a' appends whatever the position asked for.
fs.writeFileSync(file, 'abc');
const fd = fs.openSync(file, 'a');
fs.writeSync(fd, 'def', 0);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdef');

// 'r+' does not create.
assert.throws(() => fs.openSync(tmpdir.resolve('missing'), 'r+'),
              { code: 'ENOENT' });

// Numeric flags are used as they are.
const { O_WRONLY, O_CREAT, O_TRUNC } = fs.constants;
fs.closeSync(fs.openSync(file, O_WRONLY | O_CREAT | O_TRUNC));
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');

for (const bad of ['foo', 'rw', '', true, {}, []]) {
  assert.throws(() => fs.openSync(file, bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
  });
}
assert.throws(() => fs.openSync(file, 'foo'), {
  message: "The argument 'flags' is invalid. Received 'foo'",
});
assert.throws(() => fs.open(file, 'z', common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.rejects(fs.promises.open(file, 'z'), {
  code: 'ERR_INVALID_ARG_VALUE',
}).then(common.mustCall());
