'use strict';
// Reading a directory as a file fails at read(2): EISDIR, syscall 'read',
// and no path in the message.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const expected = {
  code: 'EISDIR',
  errno: -21,
  syscall: 'read',
  message: 'EISDIR: illegal operation on a directory, read',
};

assert.throws(() => fs.readFileSync(__dirname), expected);
assert.throws(() => fs.readFileSync(__dirname, 'utf8'), expected);
assert.throws(() => fs.readFileSync(__dirname, 'latin1'), expected);
fs.readFile(__dirname, common.mustCall((err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.code, expected.code);
  assert.strictEqual(err.message, expected.message);
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(err.path, undefined);
}));
assert.rejects(fs.promises.readFile(__dirname), expected)
  .then(common.mustCall());
