'use strict';
// The per-encoding methods node exposes on Buffer.prototype (utf8Slice,
// hexWrite, ...) and their native-style errors: plain TypeError/RangeError
// with a `code` property.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('hello');
assert.strictEqual(buf.utf8Slice(1, 3), 'el');
assert.strictEqual(buf.latin1Slice(), 'hello');
assert.strictEqual(buf.hexSlice(1.5, 3.9), '656c');
assert.strictEqual(buf.base64Slice(0, 3), 'aGVs');
assert.strictEqual(buf.base64urlSlice(3, 5), 'bG8');
assert.strictEqual(buf.asciiSlice('1', '2'), 'e');
assert.strictEqual(buf.ucs2Slice(0, 4), '\u6568\u6c6c');
assert.strictEqual(buf.utf8Slice(3, 1), '');
assert.strictEqual(Buffer.alloc(0).utf8Slice(-1, 10), '');

const out = Buffer.alloc(4);
assert.strictEqual(out.utf8Write('abcdef'), 4);
assert.strictEqual(out.hexWrite('ffee', 1, 1), 1);
assert.strictEqual(out.latin1Write('z', 3), 1);
assert.strictEqual(out.utf8Write('x', 4), 0);
assert.strictEqual(out.toString('hex'), '61ff637a');

const native = (code, Base, message) => (err) => {
  assert.strictEqual(err.constructor, Base);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.message, message);
  assert.deepStrictEqual(Object.keys(err), ['code']);
  return true;
};
const outOfRange = native('ERR_OUT_OF_RANGE', RangeError, 'Index out of range');
assert.throws(() => buf.utf8Slice(-1), outOfRange);
assert.throws(() => buf.utf8Slice(0, 10), outOfRange);
assert.throws(() => buf.utf8Write('a', -1), outOfRange);
assert.throws(() => buf.utf8Write('a', 1, -1), outOfRange);
assert.throws(() => buf.hexWrite('a', 10), native(
  'ERR_BUFFER_OUT_OF_BOUNDS', RangeError, '"offset" is outside of buffer bounds'));
assert.throws(() => buf.utf8Write(1), native(
  'ERR_INVALID_ARG_TYPE', TypeError, 'argument must be a string'));
assert.throws(() => buf.write(1), native(
  'ERR_INVALID_ARG_TYPE', TypeError, 'argument must be a string'));
assert.throws(() => Buffer.prototype.utf8Slice.call({}), native(
  'ERR_INVALID_ARG_TYPE', TypeError, 'argument must be a buffer'));
