'use strict';
// swap16 / swap32 / swap64 on short (JS) and long (native) buffers, on
// views with an offset, and the size errors.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const small = Buffer.from('0102030405060708', 'hex');
assert.strictEqual(small.swap16(), small);
assert.strictEqual(small.toString('hex'), '0201040306050807');
assert.strictEqual(small.swap32().toString('hex'), '0304010207080506');
assert.strictEqual(small.swap64().toString('hex'), '0605080702010403');

const big = Buffer.alloc(256);
for (let i = 0; i < 256; i++) big[i] = i;
assert.strictEqual(big.swap16().toString('hex', 0, 4), '01000302');
assert.strictEqual(big.toString('hex', 252), 'fdfcfffe');
assert.strictEqual(big.swap16().swap32().toString('hex', 0, 8), '0302010007060504');
assert.strictEqual(big.swap32().swap64().toString('hex', 248), 'fffefdfcfbfaf9f8');

const view = Buffer.from('00010203040506', 'hex').subarray(1, 5);
view.swap16();
assert.strictEqual(view.toString('hex'), '02010403');

for (const [method, bits] of [['swap16', 16], ['swap32', 32], ['swap64', 64]]) {
  assert.throws(() => Buffer.alloc(bits / 8 + 1)[method](), {
    code: 'ERR_INVALID_BUFFER_SIZE',
    name: 'RangeError',
    message: `Buffer size must be a multiple of ${bits}-bits`,
  });
}
