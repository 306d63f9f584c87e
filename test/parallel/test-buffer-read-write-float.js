'use strict';
// Float and double readers and writers, little- and big-endian, including
// NaN, infinities, -0 and float32 rounding.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.alloc(8);
assert.strictEqual(buf.writeDoubleBE(Math.PI), 8);
assert.strictEqual(buf.toString('hex'), '400921fb54442d18');
assert.strictEqual(buf.readDoubleBE(), Math.PI);
assert.strictEqual(buf.writeDoubleLE(Math.PI), 8);
assert.strictEqual(buf.toString('hex'), '182d4454fb210940');
assert.strictEqual(buf.readDoubleLE(), Math.PI);
assert.strictEqual(buf.writeFloatLE(-0.1, 4), 8);
assert.strictEqual(buf.toString('hex', 4), 'cdccccbd');
assert.strictEqual(buf.readFloatLE(4), Math.fround(-0.1));
assert.strictEqual(buf.writeFloatBE(1e40), 4);
assert.strictEqual(buf.readFloatBE(), Infinity);
buf.writeFloatBE(NaN);
assert.ok(Number.isNaN(buf.readFloatBE()));
buf.writeDoubleLE(-0);
assert.ok(Object.is(buf.readDoubleLE(), -0));
assert.strictEqual(buf.writeFloatLE('2.5'), 4);
assert.strictEqual(buf.readFloatLE(), 2.5);

assert.throws(() => buf.readFloatLE(5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. ' +
    'Received 5',
});
assert.throws(() => buf.writeDoubleBE(1, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: /It must be >= 0 and <= 0\. Received 1$/,
});
assert.throws(() => Buffer.alloc(3).readFloatBE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => buf.writeFloatLE(1, 1.5), { message: /an integer/ });
