'use strict';
// buffer.transcode between utf8, utf16le, latin1 and ascii: '?' for
// characters the target cannot hold, U+FFFD for undecodable input, and the
// errors node's ICU gives (U_ILLEGAL_ARGUMENT_ERROR, U_INVALID_CHAR_FOUND).
require('../common');
const assert = require('assert');
const { Buffer, transcode } = require('buffer');

const t = (bytes, from, to) => transcode(Buffer.from(bytes), from, to).toString('hex');
const text = Buffer.from('a€é😀');

assert.strictEqual(t(text, 'utf8', 'ucs2'), '6100ac20e9003dd800de');
assert.strictEqual(t(text, 'utf8', 'latin1'), '613fe93f');
assert.strictEqual(t(text, 'utf8', 'ascii'), '613f3f3f');
assert.strictEqual(t(text, 'utf8', 'utf8'), text.toString('hex'));
assert.strictEqual(t([0xe9, 0xff], 'latin1', 'utf8'), 'c3a9c3bf');
assert.strictEqual(t([0xe9, 0xff], 'binary', 'utf16le'), 'e900ff00');
assert.strictEqual(t([0xe9, 0x41], 'ascii', 'utf8'), 'efbfbd41');
assert.strictEqual(t([0xe9, 0x41], 'ascii', 'ucs2'), 'e9004100');
assert.strictEqual(t([0xe9, 0x41], 'ascii', 'latin1'), '3f41');
assert.strictEqual(t([0xe9, 0x41], 'latin1', 'ascii'), '3f41');
assert.strictEqual(t([0x41, 0x00, 0xac, 0x20], 'ucs2', 'utf8'), '41e282ac');
assert.strictEqual(t([0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde], 'utf16le', 'latin1'), '413f');
assert.strictEqual(t([0xff, 0x00, 0x80, 0x00], 'ucs2', 'ascii'), '3f3f');
assert.strictEqual(t([0x61, 0x00, 0x62], 'ucs2', 'latin1'), '61');
assert.strictEqual(t([0x61, 0x00, 0x62], 'ucs2', 'ucs2'), '6100fdff');
assert.strictEqual(t([0x00, 0xd8, 0x41], 'ucs2', 'ucs2'), 'fdff');
assert.strictEqual(t([0xed, 0xa0, 0x80, 0x41], 'utf8', 'latin1'), '3f3f3f41');
assert.strictEqual(t([0xf0, 0x9f, 0x98], 'utf8', 'utf8'), 'efbfbd');
assert.ok(transcode(Buffer.from('x'), 'utf8', 'ucs2') instanceof Buffer);
assert.strictEqual(transcode(Buffer.alloc(0), 'nope', 'nope').length, 0);
assert.strictEqual(transcode(new Uint8Array([104, 105]), 'utf8', 'ucs2').toString('ucs2'), 'hi');

const error = (code, errno) => ({
  name: 'Error',
  code,
  errno,
  message: `Unable to transcode Buffer [${code}]`,
});
assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'),
              error('U_ILLEGAL_ARGUMENT_ERROR', 1));
assert.throws(() => transcode(Buffer.from('a'), 'nope', 'utf8'),
              error('U_ILLEGAL_ARGUMENT_ERROR', 1));
assert.throws(() => transcode(Buffer.from([0xc3]), 'utf8', 'ucs2'),
              error('U_INVALID_CHAR_FOUND', 10));
assert.throws(() => transcode(Buffer.from([0x00, 0xdc]), 'ucs2', 'utf8'),
              error('U_INVALID_CHAR_FOUND', 10));
assert.throws(() => transcode('a', 'utf8', 'ucs2'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('a')",
});
