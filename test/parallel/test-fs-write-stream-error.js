'use strict';
// A WriteStream that cannot open emits the error then 'close'; pending
// writes fail with it.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const target = path.join(__filename, 'not-a-dir', 'out.txt');
const stream = fs.createWriteStream(target);
stream.on('open', common.mustNotCall());
stream.on('finish', common.mustNotCall());
stream.write('x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
}));
stream.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, target);
}));
stream.on('close', common.mustCall(() => {
  assert.strictEqual(stream.destroyed, true);
}));
