'use strict';
// ucs2 / utf16le in Buffer: two bytes per unit, little-endian, lone
// surrogates kept as they are, an odd last byte ignored on decode and never
// half a unit written.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

for (const enc of ['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2', 'UTF-16LE']) {
  assert.strictEqual(Buffer.from('a€', enc).toString('hex'), '6100ac20');
}
assert.strictEqual(Buffer.from('😀\ud800', 'ucs2').toString('hex'), '3dd800de00d8');
assert.strictEqual(Buffer.byteLength('😀', 'utf16le'), 4);
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).toString('ucs2'), 'a');
assert.strictEqual(Buffer.from([0x3d, 0xd8]).toString('utf16le'), '\ud83d');
assert.strictEqual(Buffer.from([0xff, 0xfe, 0x41, 0]).toString('utf16le'), '\ufeffA');

// Unaligned views decode the same.
const shifted = Buffer.from([0, 0x61, 0, 0x62, 0]).subarray(1);
assert.strictEqual(shifted.toString('ucs2'), 'ab');

const buf = Buffer.alloc(5, 0x2e);
assert.strictEqual(buf.write('abc', 'ucs2'), 4);
assert.strictEqual(buf.toString('hex'), '610062002e');
assert.strictEqual(buf.write('xyz', 1, 'utf16le'), 4);
assert.strictEqual(buf.toString('hex'), '6178007900');
assert.strictEqual(Buffer.alloc(1).write('a', 'ucs2'), 0);
