'use strict';
// readdir { recursive: true } lists the whole tree: relative paths for
// names, Dirents with their own parentPath; sync, callback and promise
// forms list the same entries (the promise form in a different order).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const root = tmpdir.resolve('tree');
fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
fs.mkdirSync(path.join(root, 'c'));
fs.writeFileSync(path.join(root, 'top.txt'), '');
fs.writeFileSync(path.join(root, 'a', 'one.txt'), '');
fs.writeFileSync(path.join(root, 'a', 'b', 'two.txt'), '');

const expected = ['a', 'a/b', 'a/b/two.txt', 'a/one.txt', 'c', 'top.txt'];

// Breadth first: the root's entries, then each directory's in turn.
assert.deepStrictEqual(fs.readdirSync(root, { recursive: true }),
                       ['a', 'c', 'top.txt', 'a/b', 'a/one.txt',
                        'a/b/two.txt']);

const dirents = fs.readdirSync(root, { recursive: true, withFileTypes: true });
assert.deepStrictEqual(
  dirents.map((d) => path.relative(root, path.join(d.parentPath, d.name))).sort(),
  expected);
const two = dirents.find((d) => d.name === 'two.txt');
assert.strictEqual(two.parentPath, path.join(root, 'a', 'b'));
assert.strictEqual(two.isFile(), true);

fs.readdir(root, { recursive: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list, ['a', 'c', 'top.txt', 'a/b', 'a/one.txt',
                                'a/b/two.txt']);
}));
fs.promises.readdir(root, { recursive: true }).then(common.mustCall((list) => {
  assert.deepStrictEqual(list.sort(), expected);
}));
fs.promises.readdir(root, { recursive: true, withFileTypes: true })
  .then(common.mustCall((list) => {
    assert.strictEqual(list.length, expected.length);
    assert.ok(list.every((d) => d instanceof fs.Dirent));
  }));

assert.throws(() => fs.readdirSync(root, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. ' +
           'Received type number (1)',
});
