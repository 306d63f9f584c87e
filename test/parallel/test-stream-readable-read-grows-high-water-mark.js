'use strict';
// read(n) above highWaterMark raises it to the next power of two; above
// 1 GiB it throws ERR_OUT_OF_RANGE.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {}, highWaterMark: 10 });
r.push('0123456789abcdef');
assert.strictEqual(r.read(100), null);
assert.strictEqual(r.readableHighWaterMark, 128);
assert.strictEqual(r.read(129), null);
assert.strictEqual(r.readableHighWaterMark, 256);

assert.throws(() => r.read(0x40000001), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "size" is out of range. It must be <= 1GiB. ' +
           'Received 1073741825',
});
