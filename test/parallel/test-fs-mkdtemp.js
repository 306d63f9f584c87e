'use strict';
// mkdtemp appends six random characters to the prefix and creates the
// directory; a failure names the XXXXXX template.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const prefix = tmpdir.resolve('foo-');

const dir = fs.mkdtempSync(prefix);
assert.strictEqual(path.dirname(dir), tmpdir.path);
assert.match(path.basename(dir), /^foo-[A-Za-z0-9]{6}$/);
assert.ok(fs.statSync(dir).isDirectory());
assert.notStrictEqual(fs.mkdtempSync(prefix), dir);

const asBuffer = fs.mkdtempSync(prefix, 'buffer');
assert.ok(Buffer.isBuffer(asBuffer));
assert.ok(fs.statSync(asBuffer).isDirectory());

const missing = tmpdir.resolve('missing', 'x');
assert.throws(() => fs.mkdtempSync(missing), {
  code: 'ENOENT',
  syscall: 'mkdtemp',
  path: `${missing}XXXXXX`,
  message: `ENOENT: no such file or directory, mkdtemp '${missing}XXXXXX'`,
});
assert.throws(() => fs.mkdtempSync(5), { code: 'ERR_INVALID_ARG_TYPE' });

fs.mkdtemp(prefix, common.mustSucceed((made) => {
  assert.match(path.basename(made), /^foo-[A-Za-z0-9]{6}$/);
}));
fs.promises.mkdtemp(prefix, { encoding: 'utf8' }).then(common.mustCall((m) => {
  assert.ok(fs.statSync(m).isDirectory());
}));
