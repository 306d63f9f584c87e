'use strict';
// Interop the other way: keys and signatures made here are accepted by the
// openssl command line (skipped when no openssl binary is installed).
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');

if (spawnSync('openssl', ['version']).status !== 0) {
  console.log('1..0 # Skipped: no openssl command');
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crypto-cli-'));
const message = Buffer.from('signed by nodus or node\n');
fs.writeFileSync(path.join(dir, 'message.txt'), message);

for (const [type, options, digest] of [
  ['rsa', { modulusLength: 2048 }, 'sha256'],
  ['ec', { namedCurve: 'P-384' }, 'sha384'],
  ['ed25519', {}, null],
]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  const pub = path.join(dir, `${type}.pub.pem`);
  const priv = path.join(dir, `${type}.pem`);
  const sig = path.join(dir, `${type}.sig`);
  fs.writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
  fs.writeFileSync(priv, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  fs.writeFileSync(sig, crypto.sign(digest, message, privateKey));
  const args = digest ?
    ['dgst', `-${digest}`, '-verify', pub, '-signature', sig, path.join(dir, 'message.txt')] :
    ['pkeyutl', '-verify', '-pubin', '-inkey', pub, '-rawin', '-in', path.join(dir, 'message.txt'),
     '-sigfile', sig];
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  assert.strictEqual(result.status, 0, `${type}: ${result.stdout}${result.stderr}`);
  assert.match(result.stdout, /Verified OK|Signature Verified Successfully/);
  // openssl reads our private key and derives the same public key.
  const derived = spawnSync('openssl', ['pkey', '-in', priv, '-pubout'], { encoding: 'utf8' });
  assert.strictEqual(derived.stdout, publicKey.export({ type: 'spki', format: 'pem' }));
}
fs.rmSync(dir, { recursive: true });
