'use strict';
// crypto.subtle ECDSA P-256 / SHA-256: 2,000 sign + verify pairs of a
// 64-byte message, 16 in flight at a time (each on the thread pool), plus
// 2,000 HMAC-SHA-256 signatures.
const { subtle } = globalThis.crypto;

(async () => {
  const { publicKey, privateKey } = await subtle.generateKey(
    { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const algorithm = { name: 'ECDSA', hash: 'SHA-256' };
  const message = new Uint8Array(64).fill(109);
  let ok = 0;
  for (let round = 0; round < 125; round++) {
    const batch = [];
    for (let i = 0; i < 16; i++) {
      batch.push(subtle.sign(algorithm, privateKey, message)
        .then((signature) => subtle.verify(algorithm, publicKey, signature, message)));
    }
    for (const verified of await Promise.all(batch)) if (verified) ok++;
  }
  if (ok !== 2000) throw new Error('verification failed');

  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  for (let i = 0; i < 2000; i++) await subtle.sign('HMAC', hmac, message);
})();
