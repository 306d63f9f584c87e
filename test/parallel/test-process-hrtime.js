'use strict';
// process.hrtime([previous]) and process.hrtime.bigint().
require('../common');
const assert = require('assert');

const [s, ns] = process.hrtime();
assert.ok(Number.isInteger(s) && s >= 0);
assert.ok(Number.isInteger(ns) && ns >= 0 && ns < 1e9);
const diff = process.hrtime([s, ns]);
assert.ok(diff[0] >= 0 && diff[1] >= 0 && diff[1] < 1e9);

const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
assert.strictEqual(typeof a, 'bigint');
assert.ok(b >= a);

assert.throws(() => process.hrtime(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.hrtime([1]), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
assert.throws(() => process.hrtime([1, 2, 3]), { code: 'ERR_OUT_OF_RANGE' });
