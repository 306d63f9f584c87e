'use strict';
// Buffer.concat: joining Buffers and Uint8Arrays, an explicit total length
// (truncating or zero-padding), and the argument errors.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const parts = [Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0),
               Buffer.from('de')];
assert.strictEqual(Buffer.concat(parts).toString(), 'abcde');
assert.strictEqual(Buffer.concat(parts, 3).toString(), 'abc');
assert.strictEqual(Buffer.concat(parts, 7).toString('hex'), '61626364650000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([Buffer.from('x')]).length, 1);
assert.ok(Buffer.concat([new Uint8Array(1)]) instanceof Buffer);

// The result is a copy.
const one = Buffer.from('x');
const joined = Buffer.concat([one]);
one[0] = 0x79;
assert.strictEqual(joined.toString(), 'x');

assert.throws(() => Buffer.concat('ab'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. ' +
    "Received type string ('ab')",
});
assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or ' +
    "Uint8Array. Received type string ('b')",
});
assert.throws(() => Buffer.concat([Buffer.from('a')], -1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
});
assert.throws(() => Buffer.concat([Buffer.from('a')], 1.5),
              { code: 'ERR_OUT_OF_RANGE', message: /an integer/ });
