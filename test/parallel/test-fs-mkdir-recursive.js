'use strict';
// mkdir { recursive: true } creates the missing parents and returns the
// first directory it created (undefined when all existed); a file in the
// way is ENOTDIR, or EEXIST for the last component.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();

const deep = tmpdir.resolve('a', 'b', 'c');
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }),
                   tmpdir.resolve('a'));
assert.ok(fs.statSync(deep).isDirectory());
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(tmpdir.resolve('a', 'b', 'd', 'e'),
                                { recursive: true }),
                   tmpdir.resolve('a', 'b', 'd'));

const file = tmpdir.resolve('file');
fs.writeFileSync(file, '');
assert.throws(() => fs.mkdirSync(path.join(file, 'x'), { recursive: true }), {
  code: 'ENOTDIR',
  syscall: 'mkdir',
  message: `ENOTDIR: not a directory, mkdir '${path.join(file, 'x')}'`,
});
assert.throws(() => fs.mkdirSync(file, { recursive: true }), {
  code: 'EEXIST',
  syscall: 'mkdir',
  path: file,
});
assert.throws(() => fs.mkdirSync(deep, { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. ' +
           "Received type string ('yes')",
});

fs.mkdir(tmpdir.resolve('p', 'q'), { recursive: true },
         common.mustSucceed((first) => {
           assert.strictEqual(first, tmpdir.resolve('p'));
           fs.mkdir(tmpdir.resolve('p', 'q'), { recursive: true },
                    common.mustCall(function(err) {
                      assert.strictEqual(err, null);
                      assert.strictEqual(arguments.length, 1);
                    }));
         }));
fs.promises.mkdir(tmpdir.resolve('x', 'y'), { recursive: true })
  .then(common.mustCall((first) => {
    assert.strictEqual(first, tmpdir.resolve('x'));
  }));
