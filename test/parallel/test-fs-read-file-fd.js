'use strict';
// readFile on an fd reads from the fd's current position to the end and
// leaves the fd open.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('fd.txt');
fs.writeFileSync(file, '0123456789');

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), 0, 4, null), 4);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '456789');
// The position is now at the end.
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
assert.strictEqual(fs.readFileSync(fd).length, 0);

const fd2 = fs.openSync(file, 'r');
fs.readSync(fd2, Buffer.alloc(7), 0, 7, null);
fs.readFile(fd2, common.mustSucceed((data) => {
  assert.strictEqual(data.toString(), '789');
  // Still open: fstat works.
  assert.strictEqual(fs.fstatSync(fd2).size, 10);
  fs.closeSync(fd2);
  fs.closeSync(fd);
}));
