'use strict';
// Invalid UTF-8 decodes to U+FFFD as node's decoder does: an incomplete
// character interrupted by a new one is one U+FFFD, lone continuation bytes
// are one each.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function decode(...chunks) {
  const d = new StringDecoder('utf8');
  return chunks.map((c) => d.write(Buffer.from(c))).join('') + d.end();
}

assert.strictEqual(decode([0xe2], [0x41]), '\ufffdA');
assert.strictEqual(decode([0xe2, 0x82], [0x41]), '\ufffdA');
assert.strictEqual(decode([0xf0, 0x9f, 0x98], [0xe2, 0x82, 0xac]), '\ufffd€');
assert.strictEqual(decode([0x80, 0x80]), '\ufffd\ufffd');
assert.strictEqual(decode([0xc0, 0xaf]), '\ufffd\ufffd');
assert.strictEqual(decode([0xff, 0x41]), '\ufffdA');
assert.strictEqual(decode([0xed, 0xa0, 0x80]), '\ufffd\ufffd\ufffd');
assert.strictEqual(decode([0x41, 0xe2], [0x82, 0xac, 0xe2]), 'A€\ufffd');
