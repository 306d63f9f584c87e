'use strict';
// randomFill / randomFillSync over Buffers, typed arrays (offsets count in
// elements), DataViews and ArrayBuffers, sync and on the pool, and node's
// range errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

// Only the requested window changes.
const buf = Buffer.alloc(64);
assert.strictEqual(crypto.randomFillSync(buf, 16, 32), buf);
assert.ok(buf.subarray(0, 16).every((b) => b === 0));
assert.ok(buf.subarray(48).every((b) => b === 0));
assert.ok(buf.subarray(16, 48).some((b) => b !== 0));

// Element offsets for wider arrays.
const u32 = new Uint32Array(8);
crypto.randomFillSync(u32, 2, 4);
assert.strictEqual(u32[0], 0);
assert.strictEqual(u32[1], 0);
assert.strictEqual(u32[6], 0);
assert.strictEqual(u32[7], 0);
assert.ok(u32.subarray(2, 6).some((x) => x !== 0));
assert.strictEqual(crypto.randomFillSync(new Float64Array(2), 1).length, 2);

const ab = new ArrayBuffer(16);
assert.strictEqual(crypto.randomFillSync(ab, 8), ab);
assert.ok(new Uint8Array(ab, 0, 8).every((b) => b === 0));
const dv = new DataView(new ArrayBuffer(8));
crypto.randomFillSync(dv);
assert.ok(new Uint8Array(dv.buffer).some((b) => b !== 0));
assert.strictEqual(crypto.randomFillSync(Buffer.alloc(0)).length, 0);

// Async forms: (buf, cb), (buf, offset, cb), (buf, offset, size, cb).
const a = Buffer.alloc(32);
crypto.randomFill(a, common.mustSucceed((out) => {
  assert.strictEqual(out, a);
  assert.ok(a.some((b) => b !== 0));
}));
const b = new Uint16Array(8);
crypto.randomFill(b, 4, common.mustSucceed(() => {
  assert.ok(b.subarray(0, 4).every((x) => x === 0));
}));
const c = Buffer.alloc(8);
crypto.randomFill(c, 2, 2, common.mustSucceed(() => {
  assert.strictEqual(c.readUInt16BE(0), 0);
  assert.strictEqual(c.readUInt32BE(4), 0);
}));
crypto.randomFill(new ArrayBuffer(4), common.mustSucceed((out) => {
  assert.ok(out instanceof ArrayBuffer);
}));

assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. ' +
           'Received type number (1)',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomFill(Buffer.alloc(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
