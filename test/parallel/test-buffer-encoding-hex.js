'use strict';
// hex in Buffer: lower-case output, either case on input, decoding stops at
// the first pair that is not two hex digits, and an odd last digit is
// dropped.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.from([0, 0x7f, 0x80, 0xff]).toString('hex'), '007f80ff');
assert.strictEqual(Buffer.from('007F80ff', 'hex').toString('hex'), '007f80ff');
assert.strictEqual(Buffer.from('abzz12', 'hex').toString('hex'), 'ab');
assert.strictEqual(Buffer.from('zzab', 'hex').length, 0);
assert.strictEqual(Buffer.from('abc', 'hex').toString('hex'), 'ab');
assert.strictEqual(Buffer.from('a', 'hex').length, 0);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('abcd', 'HEX'), 2);

// Only the low byte of each UTF-16 unit is read, as in node.
assert.strictEqual(Buffer.from('\u0161\u0162', 'hex').toString('hex'), 'ab');

// write() returns the bytes written and leaves the rest alone.
const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('zz', 'hex'), 0);
assert.strictEqual(buf.write('abzz', 'hex'), 1);
assert.strictEqual(buf.write('0102030405', 1, 'hex'), 3);
assert.strictEqual(buf.toString('hex'), 'ab010203');

// Long input (decoded in pieces natively).
const long = 'ab'.repeat(20000) + 'zz' + 'cd'.repeat(10);
assert.strictEqual(Buffer.from(long, 'hex').length, 20000);
const bytes = Buffer.alloc(1 << 20, 'hex test');
assert.ok(Buffer.from(bytes.toString('hex'), 'hex').equals(bytes));
