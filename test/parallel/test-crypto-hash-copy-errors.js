'use strict';
// Hash.copy(), getHashes(), and node's errors for bad algorithms, bad data,
// a finished hash, and outputLength on a non-XOF digest.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHash('sha256').update('ab');
const copy = h.copy();
h.update('c');
assert.strictEqual(h.digest('hex'), crypto.hash('sha256', 'abc'));
assert.strictEqual(copy.digest('hex'), crypto.hash('sha256', 'ab'));
assert.strictEqual(crypto.createHash('shake128').update('x').copy({ outputLength: 5 }).digest().length, 5);

const hashes = crypto.getHashes();
for (const name of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake256', 'RSA-SHA256']) {
  assert.ok(hashes.includes(name), name);
  assert.strictEqual(typeof crypto.createHash(name).digest('hex'), 'string');
}
assert.deepStrictEqual([...hashes].sort(), hashes);
hashes.push('x');
assert.ok(!crypto.getHashes().includes('x'));

// Legacy aliases name the same digest.
assert.strictEqual(crypto.createHash('RSA-SHA256').update('abc').digest('hex'),
                   crypto.hash('sha256', 'abc'));

assert.throws(() => crypto.createHash('nope'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => crypto.createHash('sha1').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.createHash('sha1').update('abc', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});
assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
});
assert.throws(() => crypto.createHash('shake128', { outputLength: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }), {
  name: 'Error',
  code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
  library: 'digital envelope routines',
  reason: 'not XOF or invalid length',
  message: 'error:030000B2:digital envelope routines::not XOF or invalid length',
});

const done = crypto.createHash('sha1');
done.digest();
for (const fn of [() => done.digest(), () => done.update('x'), () => done.copy()]) {
  assert.throws(fn, { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
}

// crypto.hash(): encodings and errors.
assert.deepStrictEqual(crypto.hash('md5', Buffer.from('x'), 'buffer'),
                       crypto.createHash('md5').update('x').digest());
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.strictEqual(crypto.hash('shake256', 'x').length, 64);
assert.throws(() => crypto.hash('nope', 'x'), { message: 'Digest method nope is not supported' });
assert.throws(() => crypto.hash('sha1', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha1', 'x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha1', 'x', 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'outputEncoding' is invalid. Received 'bogus'",
});

// Calling without new works.
assert.strictEqual(crypto.Hash('sha1').digest('hex'), crypto.hash('sha1', ''));
