'use strict';
// link makes a second name for a file (nlink counts it); an existing
// destination is EEXIST naming both paths.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const original = tmpdir.resolve('original');
const second = tmpdir.resolve('second');
fs.writeFileSync(original, 'shared');

fs.linkSync(original, second);
assert.strictEqual(fs.statSync(original).nlink, 2);
assert.strictEqual(fs.statSync(second).ino, fs.statSync(original).ino);
assert.throws(() => fs.linkSync(original, second), {
  code: 'EEXIST',
  syscall: 'link',
  message: `EEXIST: file already exists, link '${original}' -> '${second}'`,
});
fs.unlinkSync(second);
fs.link(original, second, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(second, 'utf8'), 'shared');
  fs.promises.link(original, second).catch(common.mustCall((err) => {
    assert.strictEqual(err.code, 'EEXIST');
    assert.strictEqual(err.dest, second);
  }));
}));
