'use strict';
// TextEncoder: encode() to a Uint8Array of UTF-8 (lone surrogates as
// U+FFFD), encodeInto() never splitting a character, its argument and
// receiver errors, and how it inspects.
require('../common');
const assert = require('assert');
const util = require('util');
const { TextEncoder } = util;

const encoder = new TextEncoder();
assert.strictEqual(encoder.encoding, 'utf-8');
const bytes = encoder.encode('a€😀');
assert.strictEqual(Object.getPrototypeOf(bytes), Uint8Array.prototype);
assert.deepStrictEqual([...bytes], [0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual([...encoder.encode()], []);
assert.deepStrictEqual([...encoder.encode(null)], [110, 117, 108, 108]);
assert.deepStrictEqual([...encoder.encode('\ud800a')], [0xef, 0xbf, 0xbd, 0x61]);

const into = (text, size) => {
  const dest = new Uint8Array(size);
  const result = encoder.encodeInto(text, dest);
  return [result.read, result.written, Buffer.from(dest).toString('hex')];
};
const { Buffer } = require('buffer');
assert.deepStrictEqual(into('a😀b', 4), [1, 1, '61000000']);
assert.deepStrictEqual(into('a😀b', 5), [3, 5, '61f09f9880']);
assert.deepStrictEqual(into('a😀b', 6), [4, 6, '61f09f988062']);
assert.deepStrictEqual(into('\ud800', 6), [1, 3, 'efbfbd000000']);
assert.deepStrictEqual(into('abc', 0), [0, 0, '']);
assert.deepStrictEqual(encoder.encodeInto('a', Buffer.alloc(2)), { read: 1, written: 1 });

assert.throws(() => encoder.encodeInto(1, new Uint8Array(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "src" argument must be of type string. Received type number (1)',
});
assert.throws(() => encoder.encodeInto('a', new Uint16Array(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. ' +
    'Received an instance of Uint16Array',
});
assert.throws(() => TextEncoder.prototype.encode.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type TextEncoder',
});

assert.deepStrictEqual(Object.keys(TextEncoder.prototype),
                       ['encoding', 'encode', 'encodeInto']);
assert.strictEqual(Object.prototype.toString.call(encoder), '[object TextEncoder]');
assert.strictEqual(util.inspect(encoder), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect([encoder], { depth: 0 }), '[ [TextEncoder] ]');
assert.strictEqual(TextEncoder.prototype.encodeInto.length, 2);
