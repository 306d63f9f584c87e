'use strict';
// latin1 (binary) and ascii in Buffer: writing keeps the low byte of each
// UTF-16 unit; ascii decoding clears the high bit.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.from('é\u0100€', 'latin1').toString('hex'), 'e900ac');
assert.strictEqual(Buffer.from('é\u0100€', 'binary').toString('hex'), 'e900ac');
assert.strictEqual(Buffer.from('é\u0100€', 'ascii').toString('hex'), 'e900ac');
assert.strictEqual(Buffer.byteLength('é€', 'latin1'), 2);
assert.strictEqual(Buffer.byteLength('é€', 'ascii'), 2);

const bytes = Buffer.from([0x41, 0xe9, 0xff, 0x80, 0x00]);
assert.strictEqual(bytes.toString('latin1'), 'A\u00e9\u00ff\u0080\u0000');
assert.strictEqual(bytes.toString('binary'), 'A\u00e9\u00ff\u0080\u0000');
assert.strictEqual(bytes.toString('ascii'), 'Ai\u007f\u0000\u0000');
assert.strictEqual(Buffer.from('€').toString('ascii'), 'b\u0002,');

const buf = Buffer.alloc(3);
assert.strictEqual(buf.write('abcd', 'latin1'), 3);
assert.strictEqual(buf.write('z', 2, 'ascii'), 1);
assert.strictEqual(buf.toString('latin1'), 'abz');

const big = Buffer.alloc(3 << 20, 200);
assert.strictEqual(big.toString('latin1').charCodeAt(5), 200);
assert.strictEqual(big.toString('ascii').charCodeAt(5), 72);
