'use strict';
// cp / cpSync / promises.cp copy files, links and (with recursive) trees,
// and refuse what node refuses: a directory without recursive, a copy
// onto itself or into itself, an existing target with errorOnExist.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const src = tmpdir.resolve('src');
fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
fs.writeFileSync(path.join(src, 'file'), 'content');
fs.writeFileSync(path.join(src, 'sub', 'nested'), 'deep');
fs.symlinkSync('file', path.join(src, 'link'));

function listing(root) {
  return fs.readdirSync(root, { recursive: true }).sort();
}

const dest = tmpdir.resolve('dest');
fs.cpSync(src, dest, { recursive: true });
assert.deepStrictEqual(listing(dest), ['file', 'link', 'sub', 'sub/nested']);
assert.strictEqual(fs.readFileSync(path.join(dest, 'sub', 'nested'), 'utf8'),
                   'deep');
// Relative links are made absolute unless verbatimSymlinks.
assert.strictEqual(fs.readlinkSync(path.join(dest, 'link')),
                   path.join(src, 'file'));

assert.throws(() => fs.cpSync(src, tmpdir.resolve('other')), {
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: cp returned EISDIR (${src} is a directory ` +
           `(not copied)) ${src}`,
});
assert.throws(() => fs.cpSync(src, src, { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: 'Invalid src or dest: cp returned EINVAL (src and dest cannot be ' +
           `the same) ${src}`,
});
const inside = path.join(src, 'sub', 'copy');
assert.throws(() => fs.cpSync(src, inside, { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (cannot copy ${src} to a ` +
           `subdirectory of self ${inside}) ${inside}`,
});
assert.throws(() => fs.cpSync(path.join(src, 'file'), path.join(dest, 'file'),
                              { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
  name: 'SystemError',
});
assert.throws(() => fs.cpSync(src, dest, { mode: 8 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 7. ' +
           'Received 8',
});
assert.throws(() => fs.cpSync(src, dest,
                              { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
});
assert.throws(() => fs.cpSync(tmpdir.resolve('missing'), dest), {
  code: 'ENOENT',
  syscall: 'lstat',
});

fs.cp(src, tmpdir.resolve('cb'), { recursive: true },
      common.mustCall(function(...args) {
        assert.deepStrictEqual(args, [null, undefined]);
        assert.deepStrictEqual(listing(tmpdir.resolve('cb')),
                               ['file', 'link', 'sub', 'sub/nested']);
      }));
fs.promises.cp(src, tmpdir.resolve('p'), { recursive: true, dereference: true })
  .then(common.mustCall(() => {
    const copied = path.join(tmpdir.resolve('p'), 'link');
    assert.strictEqual(fs.lstatSync(copied).isSymbolicLink(), false);
    assert.strictEqual(fs.readFileSync(copied, 'utf8'), 'content');
  }));
fs.cp(src, tmpdir.resolve('cb2'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
}));
