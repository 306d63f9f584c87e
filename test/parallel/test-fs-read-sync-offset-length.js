'use strict';
// readSync checks offset, length and position against the buffer before
// reading: ERR_OUT_OF_RANGE / ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('data.txt');
fs.writeFileSync(file, 'abcdef');
const fd = fs.openSync(file, 'r');
const buf = Buffer.alloc(4);

function range(message) {
  return { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message };
}

assert.throws(() => fs.readSync(fd, buf, -1, 1, 0), range(
  'The value of "offset" is out of range. It must be >= 0 && ' +
  '<= 9007199254740991. Received -1'));
assert.throws(() => fs.readSync(fd, buf, 1.5, 1, 0), range(
  'The value of "offset" is out of range. It must be an integer. ' +
  'Received 1.5'));
assert.throws(() => fs.readSync(fd, buf, '1', 1, 0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type ' +
           "string ('1')",
});
assert.throws(() => fs.readSync(fd, buf, 0, 5, 0), range(
  'The value of "length" is out of range. It must be <= 4. Received 5'));
assert.throws(() => fs.readSync(fd, buf, 0, -1, 0), range(
  'The value of "length" is out of range. It must be >= 0. Received -1'));
// An offset past the end leaves no room at all.
assert.throws(() => fs.readSync(fd, buf, 5, 1, 0), range(
  'The value of "length" is out of range. It must be <= -1. Received 1'));
assert.throws(() => fs.readSync(fd, buf, 0, 1, -2), range(
  'The value of "position" is out of range. It must be >= -1 && ' +
  '<= 9007199254740991. Received -2'));
assert.throws(() => fs.readSync(fd, buf, 0, 1, 1.5), range(
  'The value of "position" is out of range. It must be an integer. ' +
  'Received 1.5'));
assert.throws(() => fs.readSync(fd, buf, 0, 1, 2n ** 63n), {
  code: 'ERR_OUT_OF_RANGE',
  message: /^The value of "position" is out of range\. It must be >= -9223372036854775808 && <= 9223372036854775807\. Received 9_223_372_036_854_775_808n$/,
});
assert.throws(() => fs.readSync(fd, buf, 0, 1, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "position" argument must be of type bigint or integer. ' +
           "Received type string ('a')",
});
assert.throws(() => fs.readSync(fd, 'not a buffer', 0, 1, 0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, ' +
           "or DataView. Received type string ('not a buffer')",
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'buffer' is empty and cannot be written. " +
           'Received <Buffer >',
});

// Valid forms.
assert.strictEqual(fs.readSync(fd, buf, 0, 0, 0), 0);
assert.strictEqual(fs.readSync(fd, buf, 1, 3, 2), 3);
assert.strictEqual(buf.toString('latin1', 1), 'cde');
assert.strictEqual(fs.readSync(fd, buf, 0, 2, 4n), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'ef');
assert.strictEqual(fs.readSync(fd, buf, { position: 1, length: 2 }), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'bc');
fs.closeSync(fd);
