'use strict';
// writeFile options: flag ('wx' refuses an existing file, 'a' appends), mode
// for a new file, flush, and an fd as the target (written at its position).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('flags.txt');

fs.writeFileSync(file, 'one', { mode: 0o600 });
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600 & ~process.umask());
assert.throws(() => fs.writeFileSync(file, 'two', { flag: 'wx' }), {
  code: 'EEXIST',
  syscall: 'open',
  path: file,
});
fs.writeFileSync(file, '+two', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'one+two');
fs.writeFileSync(file, 'three', { flush: true });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'three');
assert.throws(() => fs.writeFileSync(file, 'x', { flush: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flush" property must be of type boolean. Received ' +
           "type string ('yes')",
});

// An fd: written where the fd is, and left open.
const fd = fs.openSync(file, 'r+');
fs.readSync(fd, Buffer.alloc(2), 0, 2, null);
fs.writeFileSync(fd, 'XY');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'thXYe');
fs.writeFile(fd, 'Z', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'thXYZ');
  fs.closeSync(fd);
  fs.writeFile(file, 'again', { flag: 'wx' }, common.mustCall((err) => {
    assert.strictEqual(err.code, 'EEXIST');
  }));
}));

const aborted = AbortSignal.abort();
fs.writeFile(tmpdir.resolve('never'), 'x', { signal: aborted },
             common.mustCall((err) => {
               assert.strictEqual(err.name, 'AbortError');
               assert.strictEqual(fs.existsSync(tmpdir.resolve('never')),
                                  false);
             }));
