'use strict';
// globalThis.crypto / crypto.webcrypto: the Crypto object, getRandomValues
// over integer typed arrays (DOMException for others and for > 64 KiB),
// randomUUID, and ERR_INVALID_THIS.
require('../common');
const assert = require('assert');
const crypto = require('crypto');

const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.get.name, 'get crypto');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(globalThis.crypto, crypto.webcrypto);
assert.strictEqual(typeof Crypto, 'function');
assert.ok(globalThis.crypto instanceof Crypto);
assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });

for (const Ctor of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
                    Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const array = new Ctor(16);
  assert.strictEqual(globalThis.crypto.getRandomValues(array), array);
  assert.ok(array.some((x) => x !== 0 && x !== 0n), Ctor.name);
}
assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
assert.strictEqual(crypto.getRandomValues(new Uint8Array(0)).length, 0);

for (const bad of [new Float32Array(1), new Float64Array(1), new DataView(new ArrayBuffer(2)),
                   new ArrayBuffer(2), [1, 2], 1, undefined]) {
  assert.throws(() => globalThis.crypto.getRandomValues(bad), {
    name: 'TypeMismatchError', code: 17,
    message: 'The data argument must be an integer-type TypedArray',
  });
}
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), {
  name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes',
});
assert.throws(() => crypto.webcrypto.getRandomValues.call(undefined, new Uint8Array(1)), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto',
});
assert.throws(() => crypto.webcrypto.randomUUID.call({}), { code: 'ERR_INVALID_THIS' });
