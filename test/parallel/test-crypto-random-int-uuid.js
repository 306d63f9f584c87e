'use strict';
// randomInt (ranges, bias-free bounds, async form, errors) and randomUUID
// (version 4 format, uniqueness, options).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 7);
  assert.ok(Number.isInteger(n) && n >= 3 && n < 7, `${n}`);
  seen.add(n);
}
assert.deepStrictEqual([...seen].sort(), [3, 4, 5, 6]);
assert.strictEqual(crypto.randomInt(1), 0);
assert.strictEqual(crypto.randomInt(-5, -4), -5);
const big = crypto.randomInt(2 ** 48 - 1);
assert.ok(big >= 0 && big < 2 ** 48 - 1);

crypto.randomInt(3, common.mustSucceed((n) => assert.ok(n >= 0 && n < 3)));
crypto.randomInt(10, 11, common.mustCall((err, n) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(n, 10);
}));

assert.throws(() => crypto.randomInt(10, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of ' +
           '"min" (10). Received 5',
});
assert.throws(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
assert.throws(() => crypto.randomInt(2 ** 48), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be <= 281474976710655. ' +
           'Received 281_474_976_710_656',
});
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), { message: /"max - min"/ });
assert.throws(() => crypto.randomInt('1', 2), { code: 'ERR_INVALID_ARG_TYPE', message: /"min"/ });
assert.throws(() => crypto.randomInt(0, 10, 'x'), { code: 'ERR_INVALID_ARG_TYPE', message: /"callback"/ });

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = new Set();
for (let i = 0; i < 300; i++) {
  const id = crypto.randomUUID();
  assert.match(id, uuidRe);
  uuids.add(id);
}
assert.strictEqual(uuids.size, 300);
assert.match(crypto.randomUUID({ disableEntropyCache: true }), uuidRe);
assert.match(globalThis.crypto.randomUUID(), uuidRe);
assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.disableEntropyCache" property must be of type boolean. ' +
           'Received type number (1)',
});
