'use strict';
// crypto.subtle RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP: generated pairs
// and their algorithm objects, keys as SPKI, PKCS#8 and JWK (node's shapes
// and `alg` names), signatures that crypto.verify accepts (PKCS#1 v1.5 is
// deterministic: equal to crypto.sign's), OAEP with labels, and node's
// errors.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');

const { subtle } = globalThis.crypto;
const hex = (ab) => Buffer.from(ab).toString('hex');
const publicExponent = new Uint8Array([1, 0, 1]);

(async () => {
  // One key for the import tests (generation is slow).
  const { privateKey: nodeKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const pkcs8 = nodeKey.export({ format: 'der', type: 'pkcs8' });
  const spki = crypto.createPublicKey(nodeKey).export({ format: 'der', type: 'spki' });
  const data = Buffer.from('some data to sign');

  // RSASSA-PKCS1-v1_5: the same bytes as crypto.sign.
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash };
    const privateKey = await subtle.importKey('pkcs8', pkcs8, algorithm, true, ['sign']);
    const publicKey = await subtle.importKey('spki', spki, algorithm, true, ['verify']);
    assert.deepStrictEqual(publicKey.algorithm, {
      name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent, hash: { name: hash },
    });
    const signature = await subtle.sign('RSASSA-PKCS1-v1_5', privateKey, data);
    assert.strictEqual(hex(signature), crypto.sign(hash.replace('-', ''), data, nodeKey).toString('hex'));
    assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', publicKey, signature, data), true);
    assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', publicKey, signature, Buffer.from('x')), false);
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq',
                                              'qi', 'alg']);
    assert.strictEqual(jwk.alg, `RS${hash.slice(4)}`);
    assert.strictEqual(hex(await subtle.exportKey('pkcs8', privateKey)), pkcs8.toString('hex'));
    assert.strictEqual(hex(await subtle.exportKey('spki', publicKey)), spki.toString('hex'));
  }

  // RSA-PSS: salt lengths up to the key's limit; crypto.verify agrees.
  {
    const algorithm = { name: 'RSA-PSS', hash: 'SHA-256' };
    const privateKey = await subtle.importKey('pkcs8', pkcs8, algorithm, false, ['sign']);
    const publicKey = await subtle.importKey('spki', spki, algorithm, false, ['verify']);
    for (const saltLength of [0, 32, 128 - 32 - 2]) {
      const signature = await subtle.sign({ name: 'RSA-PSS', saltLength }, privateKey, data);
      assert.strictEqual(await subtle.verify({ name: 'RSA-PSS', saltLength }, publicKey, signature, data), true);
      assert(crypto.verify('sha256', data, {
        key: crypto.KeyObject.from(publicKey),
        padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
        saltLength,
      }, Buffer.from(signature)));
    }
    await assert.rejects(subtle.sign({ name: 'RSA-PSS', saltLength: 95 }, privateKey, data), (err) => {
      assert.strictEqual(err.name, 'OperationError');
      assert.strictEqual(err.cause.code, 'ERR_OUT_OF_RANGE');
      assert.strictEqual(err.cause.message,
                         'The value of "algorithm.saltLength" is out of range. It must be >= 0 && <= 94. ' +
                         'Received 95');
      return true;
    });
    await assert.rejects(subtle.sign({ name: 'RSA-PSS' }, privateKey, data), {
      name: 'TypeError',
      code: 'ERR_MISSING_OPTION',
      message: "Failed to normalize algorithm: passed algorithm can not be converted to 'RsaPssParams' " +
               "because 'saltLength' is required in 'RsaPssParams'.",
    });
    const jwk = await subtle.exportKey('jwk', await subtle.importKey('spki', spki, algorithm, true, ['verify']));
    assert.deepStrictEqual(jwk, {
      key_ops: ['verify'], ext: true, kty: 'RSA', n: jwk.n, e: 'AQAB', alg: 'PS256',
    });
    // node takes any RSA JWK `alg` naming the right hash.
    await subtle.importKey('jwk', { ...jwk, alg: 'RS256' }, algorithm, true, ['verify']);
    await assert.rejects(subtle.importKey('jwk', { ...jwk, alg: 'PS384' }, algorithm, true, ['verify']),
                         { name: 'DataError', message: 'JWK "alg" does not match the requested algorithm' });
  }

  // RSA-OAEP, generated: labels must match.
  {
    const pair = await subtle.generateKey({
      name: 'RSA-OAEP', modulusLength: 1024, publicExponent, hash: 'SHA-256',
    }, true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
    assert.deepStrictEqual(Object.keys(pair), ['publicKey', 'privateKey']);
    assert.deepStrictEqual(pair.publicKey.usages, ['encrypt', 'wrapKey']);
    assert.deepStrictEqual(pair.privateKey.usages, ['decrypt', 'unwrapKey']);
    assert.strictEqual(pair.publicKey.algorithm.modulusLength, 1024);
    assert.strictEqual(pair.publicKey.algorithm.publicExponent, publicExponent);
    const label = Buffer.from('label');
    const secret = Buffer.from('a secret message');
    const out = await subtle.encrypt({ name: 'RSA-OAEP', label }, pair.publicKey, secret);
    assert.strictEqual(out.byteLength, 128);
    assert.strictEqual(hex(await subtle.decrypt({ name: 'RSA-OAEP', label }, pair.privateKey, out)),
                       hex(secret));
    // Decrypting with crypto.privateDecrypt gives the same bytes.
    assert.strictEqual(crypto.privateDecrypt({
      key: crypto.KeyObject.from(pair.privateKey), oaepHash: 'sha256', oaepLabel: label,
    }, Buffer.from(out)).toString(), secret.toString());
    await assert.rejects(subtle.decrypt({ name: 'RSA-OAEP' }, pair.privateKey, out),
                         { name: 'OperationError', message: 'The operation failed for an operation-specific reason' });
    await assert.rejects(subtle.encrypt({ name: 'RSA-OAEP' }, pair.publicKey, Buffer.alloc(100)),
                         { name: 'OperationError' });
    await assert.rejects(subtle.encrypt({ name: 'RSA-OAEP' }, pair.privateKey, secret), {
      name: 'InvalidAccessError', message: 'The requested operation is not valid for the provided key',
    });
    const jwk = await subtle.exportKey('jwk', pair.publicKey);
    assert.strictEqual(jwk.alg, 'RSA-OAEP-256');
    assert.deepStrictEqual(jwk.key_ops, ['encrypt', 'wrapKey']);
  }

  // Errors.
  const params = { name: 'RSA-PSS', modulusLength: 1024, publicExponent, hash: 'SHA-256' };
  await assert.rejects(subtle.generateKey({ ...params, hash: undefined }, true, ['sign']), {
    name: 'TypeError',
    code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'RsaHashedKeyGenParams' " +
             "because 'hash' is required in 'RsaHashedKeyGenParams'.",
  });
  await assert.rejects(subtle.generateKey({ ...params, publicExponent: [1, 0, 1] }, true, ['sign']), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'publicExponent' of 'RsaHashedKeyGenParams' (passed algorithm) " +
             'is not an Uint8Array object.',
  });
  await assert.rejects(subtle.generateKey({ ...params, modulusLength: -1 }, true, ['sign']),
                       { name: 'TypeError', code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(subtle.generateKey(params, true, ['encrypt']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for a RSA key' });
  await assert.rejects(subtle.generateKey({ ...params, hash: 'SHA-2' }, true, ['sign']),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await assert.rejects(subtle.generateKey({ ...params, publicExponent: new Uint8Array([1, 0, 0]) }, true,
                                          ['sign']),
                       { name: 'OperationError' });
  await assert.rejects(subtle.importKey('spki', spki, { name: 'RSA-PSS', hash: 'SHA-1' }, true, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for an RSA-PSS key' });
  await assert.rejects(subtle.importKey('pkcs8', pkcs8, { name: 'RSA-PSS', hash: 'SHA-1' }, true, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when importing a private key.' });
  await assert.rejects(subtle.importKey('raw', spki, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt']),
                       { name: 'NotSupportedError', message: 'Unable to import RSA key with format raw' });
  await assert.rejects(subtle.importKey('spki', spki.subarray(1), { name: 'RSA-OAEP', hash: 'SHA-1' }, true,
                                        ['encrypt']),
                       { name: 'DataError', message: 'Invalid keyData' });
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
  await assert.rejects(subtle.importKey('spki', ec.export({ format: 'der', type: 'spki' }),
                                        { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt']),
                       { name: 'DataError', message: 'Invalid key type' });
  await assert.rejects(subtle.importKey('jwk', { kty: 'RSA' }, { name: 'RSA-OAEP', hash: 'SHA-1' }, true,
                                        ['encrypt']),
                       { name: 'DataError', message: 'Invalid keyData' });
  const key = await subtle.importKey('spki', spki, { name: 'RSA-OAEP', hash: 'SHA-1' }, true, ['encrypt']);
  await assert.rejects(subtle.exportKey('raw', key),
                       { name: 'InvalidAccessError', message: 'Unable to export a raw RSA-OAEP public key' });
})().then(common.mustCall());
