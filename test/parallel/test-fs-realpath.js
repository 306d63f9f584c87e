'use strict';
// realpath resolves '.', '..' and symlinks (relative and absolute, in the
// middle of a path); errors name the component that failed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const root = fs.realpathSync.native(tmpdir.path);
fs.mkdirSync(path.join(root, 'real', 'sub'), { recursive: true });
fs.writeFileSync(path.join(root, 'real', 'sub', 'file'), '');
fs.symlinkSync('real', path.join(root, 'rel-link'));
fs.symlinkSync(path.join(root, 'real', 'sub'), path.join(root, 'abs-link'));
fs.symlinkSync('nowhere', path.join(root, 'dangling'));

const expected = path.join(root, 'real', 'sub', 'file');
assert.strictEqual(fs.realpathSync(path.join(root, 'rel-link', 'sub', 'file')),
                   expected);
assert.strictEqual(fs.realpathSync(path.join(root, 'abs-link', 'file')),
                   expected);
assert.strictEqual(
  fs.realpathSync(path.join(root, 'real', '.', 'sub', '..', 'sub', 'file')),
  expected);
assert.strictEqual(fs.realpathSync.native(path.join(root, 'abs-link', 'file')),
                   expected);
assert.deepStrictEqual(
  fs.realpathSync(path.join(root, 'abs-link'), 'buffer'),
  Buffer.from(path.join(root, 'real', 'sub')));

// The JS walk reports the lstat of the first missing component.
const missing = path.join(root, 'missing', 'deeper');
assert.throws(() => fs.realpathSync(missing), {
  code: 'ENOENT',
  syscall: 'lstat',
  path: path.join(root, 'missing'),
});
assert.throws(() => fs.realpathSync.native(missing), {
  code: 'ENOENT',
  syscall: 'realpath',
  path: missing,
});
// A dangling link fails on stat of the link.
assert.throws(() => fs.realpathSync(path.join(root, 'dangling')), {
  code: 'ENOENT',
  syscall: 'stat',
  path: path.join(root, 'dangling'),
});

fs.realpath(path.join(root, 'rel-link', 'sub'), common.mustSucceed((p) => {
  assert.strictEqual(p, path.join(root, 'real', 'sub'));
}));
fs.realpath.native(path.join(root, 'rel-link'), common.mustSucceed((p) => {
  assert.strictEqual(p, path.join(root, 'real'));
}));
fs.realpath(missing, common.mustCall((err) => {
  assert.strictEqual(err.syscall, 'lstat');
}));
fs.promises.realpath(path.join(root, 'abs-link')).then(common.mustCall((p) => {
  assert.strictEqual(p, path.join(root, 'real', 'sub'));
}));
assert.strictEqual(fs.realpath.native.name, '');
