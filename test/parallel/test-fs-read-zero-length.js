'use strict';
// A zero-length read does no I/O: the callback gets (null, 0, buffer) on a
// later tick, and readSync returns 0.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const fd = fs.openSync(__filename, 'r');
const buffer = Buffer.alloc(4);
let sameTick = true;
fs.read(fd, buffer, 0, 0, 0, common.mustCall((err, bytesRead, buf) => {
  assert.strictEqual(sameTick, false);
  assert.strictEqual(err, null);
  assert.strictEqual(bytesRead, 0);
  assert.strictEqual(buf, buffer);
  fs.closeSync(fd);
}));
sameTick = false;
assert.strictEqual(fs.readSync(fd, buffer, 0, 0, null), 0);
// Zero length is allowed even for an empty buffer.
assert.strictEqual(fs.readSync(fd, Buffer.alloc(0), 0, 0, 0), 0);
