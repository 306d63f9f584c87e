'use strict';
// createHash against NIST/FIPS known answers for MD5, SHA-1, SHA-2, SHA-3
// and SHAKE (with outputLength), in every input and output form.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const abc = {
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  sha224: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
          '8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
          '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  'sha3-256': '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
  'sha3-512': 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
              '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
};
for (const [name, hex] of Object.entries(abc)) {
  assert.strictEqual(crypto.createHash(name).update('abc').digest('hex'), hex);
  assert.strictEqual(crypto.createHash(name.toUpperCase()).update('abc').digest('hex'), hex);
  // Split updates, Buffer input, a Uint8Array and a DataView.
  assert.strictEqual(crypto.createHash(name).update('a').update(Buffer.from('b'))
    .update(new DataView(new Uint8Array([0x63]).buffer)).digest('hex'), hex);
  assert.deepStrictEqual(crypto.createHash(name).update('abc').digest(), Buffer.from(hex, 'hex'));
  assert.strictEqual(crypto.createHash(name).update('abc').digest('base64'),
                     Buffer.from(hex, 'hex').toString('base64'));
  assert.strictEqual(crypto.hash(name, 'abc'), hex);
}

// The two-block message and the million 'a's of FIPS 180-2.
assert.strictEqual(
  crypto.createHash('sha256')
    .update('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').digest('hex'),
  '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
const million = crypto.createHash('sha256');
for (let i = 0; i < 1000; i++) million.update('a'.repeat(1000));
assert.strictEqual(million.digest('hex'),
                   'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');

// SHAKE: default lengths (16 and 32 bytes), outputLength, zero length.
assert.strictEqual(crypto.createHash('shake128').digest('hex'),
                   '7f9c2ba4e88f827d616045507605853e');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 32 }).digest('hex'),
                   '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
assert.strictEqual(
  crypto.createHash('shake256', { outputLength: 64 }).digest('hex'),
  '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f' +
  'd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).digest('hex'), '');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 1000 }).digest().length, 1000);
// A non-XOF digest accepts its own size as outputLength.
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).update('abc').digest('hex'),
                   abc.sha256);

// Strings in other encodings hash their decoded bytes; UTF-8 is the default.
assert.strictEqual(crypto.createHash('sha1').update('616263', 'hex').digest('hex'), abc.sha1);
assert.strictEqual(crypto.createHash('sha1').update('YWJj', 'base64').digest('hex'), abc.sha1);
assert.strictEqual(crypto.createHash('sha1').update('héllo ✓').digest('hex'),
                   crypto.createHash('sha1').update(Buffer.from('héllo ✓', 'utf8')).digest('hex'));
assert.strictEqual(crypto.createHash('sha1').update('héllo', 'latin1').digest('hex'),
                   crypto.createHash('sha1').update(Buffer.from('héllo', 'latin1')).digest('hex'));
// A long non-ASCII string (past any stack buffer).
const long = 'ü✓'.repeat(5000);
assert.strictEqual(crypto.createHash('md5').update(long).digest('hex'),
                   crypto.createHash('md5').update(Buffer.from(long)).digest('hex'));
// Typed arrays hash their bytes, not their elements.
assert.strictEqual(crypto.createHash('sha1').update(new Uint16Array([0x6261, 0x63])).digest('hex'),
                   crypto.createHash('sha1').update(Buffer.from([0x61, 0x62, 0x63, 0])).digest('hex'));

// Output encodings: latin1, base64url, ucs2; an unknown one gives a Buffer.
const d = crypto.createHash('sha256').update('abc').digest();
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('latin1'), d.toString('latin1'));
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('base64url'), d.toString('base64url'));
assert.strictEqual(crypto.createHash('sha256').update('abc').digest('ucs2'), d.toString('ucs2'));
assert.deepStrictEqual(crypto.createHash('sha256').update('abc').digest('bogus'), d);
assert.deepStrictEqual(crypto.createHash('sha256').update('abc').digest('buffer'), d);
