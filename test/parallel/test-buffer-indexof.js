'use strict';
// indexOf / lastIndexOf / includes with strings, numbers and buffers, in
// each encoding, and node's byteOffset rules (negative, past the end, NaN,
// strings as the encoding).
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('abcdef€abc');
assert.strictEqual(buf.indexOf('abc'), 0);
assert.strictEqual(buf.indexOf('abc', 1), 9);
assert.strictEqual(buf.lastIndexOf('abc'), 9);
assert.strictEqual(buf.lastIndexOf('abc', 8), 0);
assert.strictEqual(buf.indexOf('€'), 6);
assert.strictEqual(buf.indexOf('zz'), -1);
assert.strictEqual(buf.includes('def'), true);
assert.strictEqual(buf.includes('def', 4), false);

// Numbers are bytes (modulo 256).
assert.strictEqual(buf.indexOf(0x62), 1);
assert.strictEqual(buf.indexOf(0x62 + 256), 1);
assert.strictEqual(buf.indexOf(-158), 1);
assert.strictEqual(buf.lastIndexOf(0x62), 10);
assert.strictEqual(buf.indexOf(0xac), 8);

// Buffers and Uint8Arrays.
assert.strictEqual(buf.indexOf(Buffer.from('cd')), 2);
assert.strictEqual(buf.lastIndexOf(new Uint8Array([0x61, 0x62])), 9);

// byteOffset: negative counts from the end, out of range clamps or misses.
assert.strictEqual(buf.indexOf('abc', -3), 9);
assert.strictEqual(buf.indexOf('abc', -100), 0);
assert.strictEqual(buf.lastIndexOf('abc', -100), -1);
assert.strictEqual(buf.indexOf('abc', 100), -1);
assert.strictEqual(buf.lastIndexOf('abc', 100), 9);
assert.strictEqual(buf.indexOf('b', 1.9), 1);
assert.strictEqual(buf.indexOf('b', null), 1);
assert.strictEqual(buf.lastIndexOf('b', null), -1);  // null is offset 0
assert.strictEqual(buf.lastIndexOf('b', {}), 10);    // NaN: whole buffer
assert.strictEqual(buf.lastIndexOf('b', undefined), 10);
assert.strictEqual(buf.indexOf('', 3), 3);
assert.strictEqual(buf.indexOf('', 100), buf.length);
assert.strictEqual(buf.lastIndexOf('', -100), 0);
// A string byteOffset is the encoding.
assert.throws(() => buf.indexOf('b', '2'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: 2',
});
assert.strictEqual(Buffer.from('ffab', 'hex').indexOf('ab', 'hex'), 1);

// Encodings of the needle.
const ucs2 = Buffer.from('abcb', 'ucs2');
assert.strictEqual(ucs2.indexOf('b', 'ucs2'), 2);
assert.strictEqual(ucs2.lastIndexOf('b', 'utf16le'), 6);
assert.strictEqual(ucs2.indexOf('c', 1, 'ucs2'), 4);
assert.strictEqual(Buffer.from('\u0000b').indexOf('b', 'ucs2'), -1);  // odd position
assert.strictEqual(Buffer.from([0xe9, 0x41]).indexOf('é', 'latin1'), 0);
assert.strictEqual(Buffer.from([0xe9, 0x41]).indexOf('é'), -1);
assert.strictEqual(Buffer.from('xYWJj').indexOf('YWJj', 'base64'), -1);
assert.strictEqual(Buffer.from('xabc').indexOf('YWJj', 'base64'), 1);
assert.strictEqual(Buffer.from('xabc').indexOf('6263', 'hex'), 2);
assert.strictEqual(Buffer.from('xabc').indexOf('\u0161', 'ascii'), 1);

assert.throws(() => buf.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an ' +
    'instance of Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => buf.indexOf('a', 0, 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: nope',
});
// A number ignores the encoding.
assert.strictEqual(buf.indexOf(0x61, 0, 'nope'), 0);

// Large haystack.
const big = Buffer.alloc(1 << 20, 'abc');
assert.strictEqual(big.indexOf('cab', 1 << 19), 1 << 19);
assert.strictEqual(big.lastIndexOf('cab'), (1 << 20) - 5);
assert.strictEqual(big.indexOf(Buffer.from('zz')), -1);
