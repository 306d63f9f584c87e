'use strict';
// Buffer.from: strings with encodings, arrays and array-likes, ArrayBuffer
// views with offset/length, copies of buffers, objects with valueOf or
// Symbol.toPrimitive, and the argument errors.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');

assert.strictEqual(hex(Buffer.from('héllo')), '68c3a96c6c6f');
assert.strictEqual(hex(Buffer.from('héllo', 'latin1')), '68e96c6c6f');
assert.strictEqual(hex(Buffer.from('')), '');
assert.strictEqual(hex(Buffer.from('abc', '')), '616263');
assert.strictEqual(hex(Buffer.from('abc', 5)), '616263');  // not a string
assert.throws(() => Buffer.from('abc', 'nope'),
              { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
assert.throws(() => Buffer.from('', 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });

// Arrays and array-likes: each element ToNumber'd and truncated to a byte.
assert.strictEqual(hex(Buffer.from([1.7, -1, 'a', '3', null, 256])), '01ff00030000');
assert.strictEqual(hex(Buffer.from({ length: 2, 0: 1, 1: 257 })), '0101');
assert.strictEqual(hex(Buffer.from({ length: 'x' })), '');
assert.strictEqual(hex(Buffer.from({ type: 'Buffer', data: [1, 2] })), '0102');
assert.strictEqual(hex(Buffer.from(new Uint16Array([1, 258]))), '0102');
assert.strictEqual(hex(Buffer.from(new Float64Array([1.5, -1]))), '01ff');

// ArrayBuffer: shares memory; offset and length are checked.
const ab = new Uint8Array([1, 2, 3, 4]).buffer;
const view = Buffer.from(ab, 1, 2);
assert.strictEqual(hex(view), '0203');
assert.strictEqual(view.buffer, ab);
new Uint8Array(ab)[1] = 9;
assert.strictEqual(view[0], 9);
assert.strictEqual(Buffer.from(ab, '1', '2').length, 2);
assert.strictEqual(Buffer.from(ab, 1, -1).length, 0);
assert.strictEqual(Buffer.from(ab, NaN).length, 4);
assert.throws(() => Buffer.from(ab, 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 1, 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
assert.strictEqual(Buffer.from(new SharedArrayBuffer(3)).length, 3);

// A Buffer is copied.
const src = Buffer.from('abc');
const copy = Buffer.from(src);
src[0] = 0x7a;
assert.strictEqual(copy.toString(), 'abc');

// valueOf and Symbol.toPrimitive.
assert.strictEqual(Buffer.from(new String('xy')).toString(), 'xy');
assert.strictEqual(Buffer.from({ valueOf() { return 'vo'; } }).toString(), 'vo');
assert.strictEqual(
  Buffer.from({ [Symbol.toPrimitive](hint) { return `${hint}!`; } }).toString(),
  'string!');
assert.strictEqual(
  Buffer.from({ valueOf() { return [1, 2]; } }).toString('hex'), '0102');

const message = 'The first argument must be of type string or an instance of ' +
  'Buffer, ArrayBuffer, or Array or an Array-like Object.';
assert.throws(() => Buffer.from(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `${message} Received type number (1)`,
});
assert.throws(() => Buffer.from(null), { message: `${message} Received null` });
assert.throws(() => Buffer.from({}),
              { message: `${message} Received an instance of Object` });
assert.throws(() => Buffer.from(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });

// Buffer.of and Buffer.copyBytesFrom.
assert.strictEqual(hex(Buffer.of(1, 2, 300)), '01022c');
assert.strictEqual(hex(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)), '0200');
assert.strictEqual(hex(Buffer.copyBytesFrom(new Uint16Array([1, 258]), 1, 5)), '0201');
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array(2), 2).length, 0);
assert.throws(() => Buffer.copyBytesFrom([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. ' +
    'Received an instance of Array',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), -1),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), 0, 1.5),
              { code: 'ERR_OUT_OF_RANGE', message: /an integer/ });
