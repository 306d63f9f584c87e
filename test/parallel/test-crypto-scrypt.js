'use strict';
// scrypt / scryptSync against RFC 7914, the option aliases, and node's
// parameter errors (thrown before any work starts, async form included).
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const vectors = [
  ['', '', { N: 16, r: 1, p: 1 }, 64,
   '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906'],
  ['password', 'NaCl', { N: 1024, r: 8, p: 16 }, 64,
   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'],
  ['pleaseletmein', 'SodiumChloride', { cost: 16384, blockSize: 8, parallelization: 1 }, 64,
   '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' +
   'd5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887'],
];
for (const [password, salt, options, keylen, hex] of vectors) {
  assert.strictEqual(crypto.scryptSync(password, salt, keylen, options).toString('hex'), hex);
  crypto.scrypt(password, salt, keylen, options, common.mustSucceed((key) => {
    assert.strictEqual(key.toString('hex'), hex);
  }));
}
// Defaults: N=16384, r=8, p=1.
assert.deepStrictEqual(crypto.scryptSync('p', 's', 16),
                       crypto.scryptSync('p', 's', 16, { N: 16384, r: 8, p: 1 }));
crypto.scrypt('p', 's', 16, common.mustSucceed((key) => {
  assert.deepStrictEqual(key, crypto.scryptSync('p', 's', 16));
}));
assert.strictEqual(crypto.scryptSync('p', 's', 0).length, 0);

assert.throws(() => crypto.scryptSync('p', 's', 64, { N: 3 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', name: 'RangeError', message: 'Invalid scrypt params',
});
assert.throws(() => crypto.scrypt('p', 's', 64, { N: 3 }, common.mustNotCall()), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
});
assert.throws(() => crypto.scryptSync('p', 's', 64, { N: 2 ** 20, r: 8 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
});
// With a larger maxmem the same parameters are accepted.
assert.strictEqual(crypto.scryptSync('p', 's', 1, { N: 1024, r: 8, maxmem: 2 ** 30 }).length, 1);
assert.throws(() => crypto.scryptSync('p', 's', 64, { N: 16, cost: 16 }), {
  code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', message: 'Invalid scrypt parameter',
});
assert.throws(() => crypto.scryptSync('p', 's', -1), { code: 'ERR_OUT_OF_RANGE', message: /"keylen"/ });
assert.throws(() => crypto.scryptSync('p', 's', 64, { N: '1' }), {
  code: 'ERR_INVALID_ARG_TYPE', message: /"N" argument/,
});
assert.throws(() => crypto.scryptSync('p', 's', 64, { maxmem: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scrypt('p', 's', 64), { code: 'ERR_INVALID_ARG_TYPE', message: /"callback"/ });
