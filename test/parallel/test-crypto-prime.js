'use strict';
// generatePrime(Sync) and checkPrime(Sync): sizes, safe primes, add/rem,
// bigint results, the callback forms, and node's option errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const p = crypto.generatePrimeSync(64);
assert.ok(p instanceof ArrayBuffer);
assert.strictEqual(p.byteLength, 8);
assert.ok(crypto.checkPrimeSync(p));
assert.strictEqual(crypto.generatePrimeSync(3, { bigint: true }), 7n);
const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
assert.ok(crypto.checkPrimeSync((safe - 1n) / 2n));
assert.strictEqual(crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n, 11n);
assert.strictEqual(crypto.generatePrimeSync(4, { add: 15n, rem: 13n, bigint: true }), 13n);

for (const [n, expected] of [[1n, false], [2n, true], [3n, true], [4n, false], [7919n, true]]) {
  assert.strictEqual(crypto.checkPrimeSync(n), expected, `${n}`);
}
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x02])), true);

crypto.generatePrime(40, { bigint: true }, common.mustSucceed((prime) => {
  assert.strictEqual(typeof prime, 'bigint');
  crypto.checkPrime(prime, common.mustSucceed((result) => assert.strictEqual(result, true)));
}));

assert.throws(() => crypto.generatePrimeSync(0), { code: 'ERR_OUT_OF_RANGE', message: />= 1 && <= 2147483647/ });
assert.throws(() => crypto.generatePrimeSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generatePrime(8, {}), { code: 'ERR_INVALID_ARG_TYPE', message: /"callback"/ });
assert.throws(() => crypto.generatePrimeSync(8, { safe: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generatePrimeSync(20, { add: -1n }), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.add" is out of range. It must be >= 0. Received -1n',
});
assert.throws(() => crypto.generatePrimeSync(64, { add: 2n ** 64n }), {
  code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add',
});
assert.throws(() => crypto.generatePrimeSync(64, { add: 7n, rem: 8n }), {
  code: 'ERR_OUT_OF_RANGE', message: 'invalid options.rem',
});
assert.throws(() => crypto.checkPrimeSync(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.checkPrimeSync(2n, { checks: -1 }), { code: 'ERR_OUT_OF_RANGE', message: /checks/ });
