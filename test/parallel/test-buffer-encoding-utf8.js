'use strict';
// UTF-8 in Buffer: byteLength, write never splitting a character, lone
// surrogates written as U+FFFD, and replacement characters when decoding
// malformed bytes (maximal subparts, as WHATWG).
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.byteLength('a€😀'), 8);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('é'.repeat(3000)), 6000);
assert.strictEqual(Buffer.byteLength('abc', 'unknown'), 3);  // counts as UTF-8
assert.strictEqual(Buffer.from('\ud83d\ude00\ud83d').toString('hex'), 'f09f9880efbfbd');
assert.strictEqual(Buffer.from('\ude00x').toString('hex'), 'efbfbd78');

// A character that does not fit is not written at all.
const sizes = [0, 1, 2, 3, 4, 5, 6, 7];
assert.deepStrictEqual(sizes.map((n) => Buffer.alloc(n).write('a😀é')),
                       [0, 1, 1, 1, 1, 5, 5, 7]);
assert.deepStrictEqual(sizes.map((n) => Buffer.alloc(n).write('aéb\u00ff')),
                       [0, 1, 1, 3, 4, 4, 6, 6]);
const partial = Buffer.alloc(4, 0x2e);
assert.strictEqual(partial.write('aé😀'), 3);
assert.strictEqual(partial.toString('hex'), '61c3a92e');  // the rest untouched

// write(string, offset, length).
const buf = Buffer.alloc(6, 0x2e);
assert.strictEqual(buf.write('xyz', 2, 2), 2);
assert.strictEqual(buf.toString(), '..xy..');
assert.strictEqual(buf.write('€', 4), 0);
assert.strictEqual(buf.write('é', 4, 'utf-8'), 2);
assert.strictEqual(buf.toString(), '..xyé');

// Decoding: one U+FFFD per maximal invalid subpart.
const decode = (bytes) => Buffer.from(bytes).toString();
assert.strictEqual(decode([0xf0, 0x9f, 0x98]), '\ufffd');
assert.strictEqual(decode([0xe9, 0x80, 0x41, 0xff]), '\ufffdA\ufffd');
assert.strictEqual(decode([0xed, 0xa0, 0x80]), '\ufffd\ufffd\ufffd');
assert.strictEqual(decode([0xc0, 0x80]), '\ufffd\ufffd');
assert.strictEqual(decode([0xf4, 0x90, 0x80, 0x80]), '\ufffd'.repeat(4));
assert.strictEqual(decode([0xef, 0xbb, 0xbf, 0x41]), '\ufeffA');  // BOM kept

// toString(encoding, start, end) clamps its range.
const smile = Buffer.from('a😀b');
assert.strictEqual(smile.toString('utf8', 1, 5), '😀');
assert.strictEqual(smile.toString('utf8', 2), '\ufffd\ufffd\ufffdb');
assert.strictEqual(smile.toString(undefined, -5, 100), 'a😀b');
assert.strictEqual(smile.toString('utf8', 4, 2), '');
assert.strictEqual(smile.toString('utf8', '1', '5'), '😀');
assert.strictEqual(smile.toString('utf8', 1.9, 5.9), '😀');
assert.strictEqual(smile.toString('utf8', NaN, NaN), '');

// Strings past the pool's half go through a separate allocation.
const long = 'x€😀'.repeat(5000);
const big = Buffer.from(long);
assert.strictEqual(big.length, 40000);
assert.strictEqual(big.buffer.byteLength, 40000);
assert.strictEqual(big.toString(), long);
