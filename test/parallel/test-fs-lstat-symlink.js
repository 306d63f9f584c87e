'use strict';
// lstat describes a link itself, stat what it points to; a dangling link
// lstats fine and stats as ENOENT.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('target'), 'content');
fs.symlinkSync('target', tmpdir.resolve('link'));
fs.symlinkSync('nowhere', tmpdir.resolve('dangling'));

assert.strictEqual(fs.lstatSync(tmpdir.resolve('link')).isSymbolicLink(), true);
assert.strictEqual(fs.statSync(tmpdir.resolve('link')).isSymbolicLink(), false);
assert.strictEqual(fs.statSync(tmpdir.resolve('link')).size, 7);
assert.strictEqual(fs.lstatSync(tmpdir.resolve('dangling')).isSymbolicLink(),
                   true);
assert.throws(() => fs.statSync(tmpdir.resolve('dangling')), {
  code: 'ENOENT',
  syscall: 'stat',
  path: tmpdir.resolve('dangling'),
});
fs.lstat(tmpdir.resolve('link'), common.mustSucceed((s) => {
  assert.strictEqual(s.isSymbolicLink(), true);
  assert.strictEqual(s.size, 'target'.length);
}));
