'use strict';
// The callback API requires a callback: a missing or non-function one is
// ERR_INVALID_ARG_TYPE named "cb", thrown before any I/O starts.
require('../common');
const assert = require('assert');
const fs = require('fs');

const expected = (received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "cb" argument must be of type function. Received ${received}`,
});

const file = __filename;
assert.throws(() => fs.stat(file), expected('undefined'));
assert.throws(() => fs.lstat(file, {}), expected('undefined'));
assert.throws(() => fs.access(file, fs.constants.F_OK), expected('undefined'));
assert.throws(() => fs.readFile(file), expected('undefined'));
assert.throws(() => fs.readFile(file, 'utf8'),
              expected("type string ('utf8')"));
assert.throws(() => fs.writeFile(file, 'x', {}),
              expected('an instance of Object'));
assert.throws(() => fs.open(file), expected('undefined'));
// With two arguments the second is taken as the callback.
assert.throws(() => fs.open(file, 'r'), expected("type string ('r')"));
// A non-function options argument leaves the callback missing.
assert.throws(() => fs.readdir(__dirname, 5), expected('undefined'));
assert.throws(() => fs.unlink(file, 'nope'), expected("type string ('nope')"));
assert.throws(() => fs.mkdir(__dirname), expected('undefined'));
assert.throws(() => fs.exists(file), expected('undefined'));
assert.throws(() => fs.fstat(0), expected('undefined'));
assert.throws(() => fs.fsync(0), expected('undefined'));
assert.throws(() => fs.read(0, Buffer.alloc(1), 0, 1, 0), expected('undefined'));
assert.throws(() => fs.write(0, Buffer.alloc(1)), expected('undefined'));
assert.throws(() => fs.realpath(file), expected('undefined'));
assert.throws(() => fs.copyFile(file, file + '.copy'), expected('undefined'));
// close() alone is allowed: its default callback rethrows errors.
