'use strict';
// createSecretKey and SecretKeyObject: size, export (buffer and JWK),
// equals, use as an HMAC or HKDF key, util.types.isKeyObject, and errors.
require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { types } = require('util');

const key = crypto.createSecretKey(Buffer.from('abc'));
assert.ok(key instanceof crypto.KeyObject);
assert.strictEqual(key.constructor.name, 'SecretKeyObject');
assert.strictEqual(Object.prototype.toString.call(key), '[object KeyObject]');
assert.strictEqual(key.type, 'secret');
assert.strictEqual(key.symmetricKeySize, 3);
assert.strictEqual(key.asymmetricKeyType, undefined);
assert.deepStrictEqual(Object.keys(key), []);
assert.deepStrictEqual(key.export(), Buffer.from('abc'));
assert.deepStrictEqual(key.export({ format: 'buffer' }), Buffer.from('abc'));
assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: 'YWJj' });
assert.ok(types.isKeyObject(key));
assert.ok(!types.isKeyObject({}));
assert.ok(!types.isCryptoKey(key));

// The key is a copy: changing the source buffer does not change it.
const source = Buffer.from('secret');
const copied = crypto.createSecretKey(source);
source.fill(0);
assert.deepStrictEqual(copied.export(), Buffer.from('secret'));
assert.deepStrictEqual(crypto.createSecretKey('ab', 'hex').export(), Buffer.from([0xab]));
assert.deepStrictEqual(crypto.createSecretKey(new Uint16Array([0x6261]).buffer).export(), Buffer.from('ab'));

assert.ok(key.equals(crypto.createSecretKey('abc', 'utf8')));
assert.ok(!key.equals(crypto.createSecretKey('abd', 'utf8')));
assert.ok(!key.equals(crypto.createSecretKey('ab', 'utf8')));

// A secret KeyObject works where a key is expected.
assert.strictEqual(crypto.createHmac('sha256', key).update('x').digest('hex'),
                   crypto.createHmac('sha256', 'abc').update('x').digest('hex'));
assert.deepStrictEqual(crypto.hkdfSync('sha256', key, 's', 'i', 16),
                       crypto.hkdfSync('sha256', 'abc', 's', 'i', 16));

assert.throws(() => crypto.createSecretKey(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, ' +
           'or DataView. Received type number (1)',
});
assert.throws(() => key.equals(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherKeyObject" argument must be an instance of KeyObject. Received type number (1)',
});
assert.throws(() => key.export({ format: 'pem' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.format' must be one of: undefined, 'buffer', 'jwk'. Received 'pem'",
});
assert.throws(() => key.export(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new crypto.KeyObject('x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new crypto.KeyObject('secret', {}), { code: 'ERR_INVALID_ARG_TYPE' });
