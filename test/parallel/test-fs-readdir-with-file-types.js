'use strict';
// readdir { withFileTypes: true } gives Dirents: name, parentPath (and its
// older alias path), and type predicates that do not follow links.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
fs.mkdirSync(tmpdir.resolve('dir'));
fs.writeFileSync(tmpdir.resolve('file'), '');
fs.symlinkSync('dir', tmpdir.resolve('link'));

function check(dirents) {
  assert.deepStrictEqual(dirents.map((d) => d.name), ['dir', 'file', 'link']);
  for (const d of dirents) {
    assert.ok(d instanceof fs.Dirent);
    assert.strictEqual(d.parentPath, tmpdir.path);
    assert.strictEqual(d.path, tmpdir.path);
    assert.deepStrictEqual(Object.keys(d), ['name', 'parentPath', 'path']);
  }
  const [dir, file, link] = dirents;
  assert.deepStrictEqual(
    [dir.isDirectory(), dir.isFile(), dir.isSymbolicLink()],
    [true, false, false]);
  assert.deepStrictEqual(
    [file.isDirectory(), file.isFile(), file.isSymbolicLink()],
    [false, true, false]);
  assert.deepStrictEqual(
    [link.isDirectory(), link.isFile(), link.isSymbolicLink()],
    [false, false, true]);
  for (const d of dirents) {
    assert.strictEqual(d.isFIFO(), false);
    assert.strictEqual(d.isSocket(), false);
    assert.strictEqual(d.isBlockDevice(), false);
    assert.strictEqual(d.isCharacterDevice(), false);
  }
}

// Listings come sorted by name.
check(fs.readdirSync(tmpdir.path, { withFileTypes: true }));
fs.readdir(tmpdir.path, { withFileTypes: true }, common.mustSucceed(check));
fs.promises.readdir(tmpdir.path, { withFileTypes: true })
  .then(common.mustCall(check));

const [buffered] = fs.readdirSync(tmpdir.path,
                                  { withFileTypes: true, encoding: 'buffer' });
assert.deepStrictEqual(buffered.name, Buffer.from('dir'));
assert.strictEqual(buffered.isDirectory(), true);
