'use strict';
// utf16le: an odd byte and the first half of a surrogate pair are held
// back (an odd byte first: the unit before it is emitted even if it is a
// high surrogate); end() drops a lone trailing byte and emits a lone high
// surrogate as is.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const rat = Buffer.from('🐀', 'utf16le'); // 3d d8 00 dc
const d = new StringDecoder('utf16le');
assert.strictEqual(d.write(Buffer.from([0x61])), '');
assert.strictEqual(d.write(Buffer.from([0x00, 0x62])), 'a');
assert.strictEqual(d.write(Buffer.from([0x00])), 'b');
assert.strictEqual(d.write(rat.subarray(0, 2)), '');
assert.strictEqual(d.write(rat.subarray(2, 3)), '');
assert.strictEqual(d.write(rat.subarray(3)), '🐀');

const e = new StringDecoder('ucs2');
assert.strictEqual(e.encoding, 'utf16le');
assert.strictEqual(e.write(rat.subarray(0, 3)), '\ud83d');
assert.strictEqual(e.lastNeed, 1);
assert.strictEqual(e.end(), '');
assert.strictEqual(e.write(rat.subarray(0, 2)), '');
assert.strictEqual(e.lastNeed, 2);
assert.strictEqual(e.end(), '\ud83d');
