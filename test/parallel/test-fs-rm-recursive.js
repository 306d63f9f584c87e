'use strict';
// rm removes files, and directory trees with { recursive: true }; a
// directory without it is ERR_FS_EISDIR; a missing path is ENOENT (from
// lstat) unless { force: true }.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();

function makeTree(name) {
  const root = tmpdir.resolve(name);
  fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
  fs.writeFileSync(path.join(root, 'a', 'b', 'file'), 'x');
  fs.writeFileSync(path.join(root, 'top'), 'y');
  fs.symlinkSync('/nonexistent', path.join(root, 'a', 'dangling'));
  return root;
}

const syncRoot = makeTree('sync');
assert.throws(() => fs.rmSync(syncRoot), {
  code: 'ERR_FS_EISDIR',
  name: 'SystemError',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${syncRoot}`,
});
fs.rmSync(syncRoot, { recursive: true });
assert.strictEqual(fs.existsSync(syncRoot), false);

const missing = tmpdir.resolve('missing');
assert.throws(() => fs.rmSync(missing), {
  code: 'ENOENT',
  syscall: 'lstat',
  message: `ENOENT: no such file or directory, lstat '${missing}'`,
});
fs.rmSync(missing, { force: true });
fs.rmSync(missing, { force: true, recursive: true });
assert.throws(() => fs.rmSync(missing, { force: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.force" property must be of type boolean. Received ' +
           "type string ('yes')",
});
assert.throws(() => fs.rmSync(missing, { maxRetries: -1, force: true }), {
  code: 'ERR_OUT_OF_RANGE',
});

const file = tmpdir.resolve('lone-file');
fs.writeFileSync(file, '');
fs.rmSync(file);
assert.strictEqual(fs.existsSync(file), false);

const cbRoot = makeTree('callback');
fs.rm(cbRoot, { recursive: true }, common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(fs.existsSync(cbRoot), false);
}));
fs.rm(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
const promiseRoot = makeTree('promise');
fs.promises.rm(promiseRoot, { recursive: true }).then(common.mustCall(() => {
  assert.strictEqual(fs.existsSync(promiseRoot), false);
}));
assert.rejects(fs.promises.rm(tmpdir.path), { code: 'ERR_FS_EISDIR' })
  .then(common.mustCall());
