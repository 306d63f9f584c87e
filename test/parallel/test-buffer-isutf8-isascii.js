'use strict';
// buffer.isUtf8 / isAscii over TypedArrays and ArrayBuffers, strict UTF-8
// (no overlongs, surrogates or code points above U+10FFFF), and the input
// errors.
require('../common');
const assert = require('assert');
const { Buffer, isUtf8, isAscii } = require('buffer');

assert.strictEqual(isUtf8(Buffer.from('a€😀')), true);
assert.strictEqual(isUtf8(new ArrayBuffer(0)), true);
assert.strictEqual(isUtf8(new Uint16Array([0x4241])), true);
assert.strictEqual(isUtf8(new SharedArrayBuffer(2)), true);
// (Not a pooled Buffer: its .buffer is the whole, uninitialised pool.)
assert.strictEqual(isUtf8(new Uint8Array([0xc3, 0xa9]).buffer.slice(0)), true);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xc0, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xe2, 0x82])), false);
assert.strictEqual(isUtf8(Buffer.from('abcdefgh\u00ff', 'latin1')), false);
assert.strictEqual(isUtf8(Buffer.from('abcé').subarray(0, 4)), false);

assert.strictEqual(isAscii(Buffer.from('abc\u007f')), true);
assert.strictEqual(isAscii(Buffer.from('é')), false);
assert.strictEqual(isAscii(new Uint16Array([0x4141])), true);
assert.strictEqual(isAscii(new Uint16Array([0x8041])), false);
assert.strictEqual(isAscii(new ArrayBuffer(4)), true);

for (const fn of [isUtf8, isAscii]) {
  for (const value of ['a', new DataView(new ArrayBuffer(1)), [1], null]) {
    assert.throws(() => fn(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray\./,
    });
  }
}
