'use strict';
// randomBytes: sizes, randomness, the async form on the pool, and node's
// argument errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

for (const size of [0, 1, 16, 1000, 65537]) {
  const buf = crypto.randomBytes(size);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, size);
}
// Two 32-byte draws are never equal, and a large one is not all zeros.
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
assert.ok(crypto.randomBytes(4096).some((b) => b !== 0));
// The old names are hidden aliases.
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  assert.strictEqual(crypto[name], crypto.randomBytes);
  assert.ok(!Object.keys(crypto).includes(name));
}

let sync = true;
crypto.randomBytes(64, common.mustCall((err, buf) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(buf.length, 64);
}));
crypto.randomBytes(0, common.mustSucceed((buf) => assert.strictEqual(buf.length, 0)));
sync = false;

assert.throws(() => crypto.randomBytes(-1), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.randomBytes(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomBytes(1, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (1)',
});
