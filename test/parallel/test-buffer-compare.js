'use strict';
// Buffer.compare, buf.compare with target/source ranges, buf.equals, and
// their argument errors.
require('../common');
const assert = require('assert');
const { Buffer } = require('buffer');

const a = Buffer.from('abc');
const b = Buffer.from('abd');
const ab = Buffer.from('ab');

assert.strictEqual(Buffer.compare(a, b), -1);
assert.strictEqual(Buffer.compare(b, a), 1);
assert.strictEqual(Buffer.compare(a, Buffer.from('abc')), 0);
assert.strictEqual(Buffer.compare(ab, a), -1);  // a prefix sorts first
assert.strictEqual(Buffer.compare(a, new Uint8Array([0x61, 0x62, 0x63])), 0);
assert.deepStrictEqual([b, ab, a].sort(Buffer.compare), [ab, a, b]);

assert.strictEqual(a.compare(b), -1);
assert.strictEqual(a.compare(b, 0, 2, 0, 2), 0);
assert.strictEqual(a.compare(b, 2, 3, 2, 3), -1);
assert.strictEqual(a.compare(ab, 0, 2, 0, 3), 1);
assert.strictEqual(a.compare(b, 1, 1, 2, 2), 0);   // both ranges empty
assert.strictEqual(a.compare(b, 0, 1, 2, 2), -1);  // empty source
assert.strictEqual(a.compare(b, 1, 1, 0, 2), 1);   // empty target

assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.equals(ab), false);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);

assert.throws(() => Buffer.compare('a', a), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('a')",
});
assert.throws(() => Buffer.compare(a, 1), { message: /"buf2" argument/ });
assert.throws(() => a.compare('a'), { message: /"target" argument/ });
assert.throws(() => a.equals([]), { message: /"otherBuffer" argument/ });
assert.throws(() => a.compare(b, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: /"targetStart" is out of range/,
});
assert.throws(() => a.compare(b, 0, 10), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && ' +
    '<= 3. Received 10',
});
assert.throws(() => a.compare(b, 0, 3, 0, 4),
              { message: /"sourceEnd" is out of range/ });
assert.throws(() => a.compare(b, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
