'use strict';
// 1,000 Ed25519 signatures and verifications of a 64-byte message with
// KeyObjects (one-shot crypto.sign/verify, synchronous).
const crypto = require('crypto');

const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const message = Buffer.alloc(64, 'm');
let ok = 0;
for (let i = 0; i < 1000; i++) {
  message[0] = i & 255;
  const signature = crypto.sign(null, message, privateKey);
  if (crypto.verify(null, message, publicKey, signature)) ok++;
}
if (ok !== 1000) throw new Error('verification failed');
