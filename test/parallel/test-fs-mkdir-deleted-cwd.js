'use strict';
// mkdir({ recursive: true }) of a relative path inside a deleted working
// directory fails with ENOENT (sync and callback), instead of looping.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

if (!require('worker_threads').isMainThread) {
  common.skip('process.chdir is not available');
}
tmpdir.refresh();
const gone = path.join(tmpdir.path, 'gone');
fs.mkdirSync(gone);
process.chdir(gone);
fs.rmdirSync(gone);
for (const target of ['X']) {
  assert.throws(() => fs.mkdirSync(target, { recursive: true }), {
    code: 'ENOENT', syscall: 'mkdir',
  });
  fs.mkdir(target, { recursive: true }, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'mkdir');
  }));
}
