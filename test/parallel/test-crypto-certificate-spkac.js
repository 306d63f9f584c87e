'use strict';
// crypto.Certificate: SPKACs built here (DER by hand, signed with
// crypto.sign) are verified, their public key and challenge exported;
// tampered, undecodable and empty input, encodings, the function-style
// constructor, and argument errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Certificate } = crypto;

function der(tag, ...parts) {
  const body = Buffer.concat(parts);
  let length;
  if (body.length < 0x80) length = Buffer.from([body.length]);
  else if (body.length < 0x100) length = Buffer.from([0x81, body.length]);
  else length = Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

// sha256WithRSAEncryption, NULL parameters.
const sha256WithRsa = der(0x30, Buffer.from('06092a864886f70d01010b0500', 'hex'));

function makeSpkac(privateKey, publicKey, challenge) {
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const pkac = der(0x30, spki, der(0x16, Buffer.from(challenge, 'latin1')));
  const signature = crypto.sign('sha256', pkac, privateKey);
  const signed = der(0x30, pkac, sha256WithRsa,
                     der(0x03, Buffer.from([0]), signature));
  return signed.toString('base64');
}

const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
});
const spkac = makeSpkac(privateKey, publicKey, 'a challenge');
const publicPem = publicKey.export({ format: 'pem', type: 'spki' });

for (const cert of [Certificate, new Certificate(), Certificate()]) {
  assert.strictEqual(cert.verifySpkac(spkac), true);
  assert.strictEqual(cert.verifySpkac(Buffer.from(spkac)), true);
  assert.strictEqual(cert.verifySpkac(`${spkac}\n`), true);
  const key = cert.exportPublicKey(spkac);
  assert.ok(Buffer.isBuffer(key));
  assert.strictEqual(key.toString(), publicPem);
  const challenge = cert.exportChallenge(spkac);
  assert.ok(Buffer.isBuffer(challenge));
  assert.strictEqual(challenge.toString(), 'a challenge');
}

// Encodings of string input, and every kind of binary input.
{
  const bytes = Buffer.from(spkac);
  assert.strictEqual(Certificate.verifySpkac(bytes.toString('hex'), 'hex'), true);
  assert.strictEqual(
    Certificate.exportChallenge(bytes.toString('base64'), 'base64').toString(),
    'a challenge');
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  assert.strictEqual(Certificate.verifySpkac(ab), true);
  assert.strictEqual(Certificate.verifySpkac(new Uint8Array(ab)), true);
  assert.strictEqual(Certificate.verifySpkac(new DataView(ab)), true);
}

// Signed by another key, or with a changed challenge: does not verify, but
// still exports.
{
  const other = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const forged = makeSpkac(other.privateKey, publicKey, 'a challenge');
  assert.strictEqual(Certificate.verifySpkac(forged), false);
  assert.strictEqual(Certificate.exportPublicKey(forged).toString(), publicPem);
  const bytes = Buffer.from(spkac, 'base64');
  const at = bytes.indexOf('a challenge');
  bytes[at] = 'A'.charCodeAt(0);
  const changed = bytes.toString('base64');
  assert.strictEqual(Certificate.verifySpkac(changed), false);
  assert.strictEqual(Certificate.exportChallenge(changed).toString(), 'A challenge');
}

// Not an SPKAC: false and ''; empty input: '' from all three.
for (const bad of ['abc', 'MIIB', Buffer.from('not base64 !')]) {
  assert.strictEqual(Certificate.verifySpkac(bad), false);
  assert.strictEqual(Certificate.exportPublicKey(bad), '');
  assert.strictEqual(Certificate.exportChallenge(bad), '');
}
for (const empty of ['', Buffer.alloc(0)]) {
  assert.strictEqual(Certificate.verifySpkac(empty), '');
  assert.strictEqual(Certificate.exportPublicKey(empty), '');
  assert.strictEqual(Certificate.exportChallenge(empty), '');
}

// Shape: a function (not a class) with the methods static and on the
// prototype.
assert.strictEqual(typeof Certificate, 'function');
assert.strictEqual(Certificate.length, 0);
assert.ok(new Certificate() instanceof Certificate);
assert.deepStrictEqual(Object.getOwnPropertyNames(Certificate.prototype).sort(),
                       ['constructor', 'exportChallenge', 'exportPublicKey', 'verifySpkac']);
assert.strictEqual(Certificate.prototype.verifySpkac, Certificate.verifySpkac);

for (const value of [1, {}, [], Infinity, true, undefined, null]) {
  for (const method of ['verifySpkac', 'exportPublicKey', 'exportChallenge']) {
    assert.throws(() => Certificate[method](value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "spkac" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView\./,
    });
  }
}
