'use strict';
// The shape of the buffer module and of Buffer: exports in node's order,
// constants, kMaxLength/kStringMaxLength, SlowBuffer, Buffer's statics and
// prototype (names, lengths, Uint aliases, enumerability, Symbol.species).
require('../common');
const assert = require('assert');
const buffer = require('buffer');
const { Buffer, SlowBuffer } = buffer;

assert.deepStrictEqual(Object.keys(buffer), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength',
  'kStringMaxLength', 'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES',
  'Blob', 'resolveObjectURL', 'File',
]);
assert.deepStrictEqual(buffer.constants,
                       { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 - 24 });
assert.strictEqual(buffer.kMaxLength, buffer.constants.MAX_LENGTH);
assert.strictEqual(buffer.kStringMaxLength, buffer.constants.MAX_STRING_LENGTH);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(buffer, 'constants'), {
  value: buffer.constants, writable: false, enumerable: true, configurable: false,
});
assert.ok(Object.isFrozen(buffer.constants) || !Object.isExtensible(buffer.constants) ||
          Object.getOwnPropertyDescriptor(buffer.constants, 'MAX_LENGTH').writable === false);

assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Buffer[Symbol.species].prototype, Buffer.prototype);
assert.strictEqual(Buffer.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.of.name, 'of');
assert.strictEqual(Buffer.from.length, 3);
assert.strictEqual(Buffer.alloc.length, 3);

const proto = Buffer.prototype;
assert.strictEqual(proto.readUint16LE, proto.readUInt16LE);
assert.strictEqual(proto.writeBigUint64BE, proto.writeBigUInt64BE);
assert.strictEqual(proto.readFloatLE.name, 'readFloatForwards');
assert.strictEqual(proto.writeDoubleBE.name, 'writeDoubleBackwards');
assert.strictEqual(proto.utf8Slice.length, 0);
assert.strictEqual(proto.toLocaleString, proto.toString);
assert.strictEqual(proto.inspect, proto[Symbol.for('nodejs.util.inspect.custom')]);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'toString').enumerable, true);
const parent = Object.getOwnPropertyDescriptor(proto, 'parent');
assert.strictEqual(parent.enumerable, true);
assert.strictEqual(proto.parent, undefined);
const buf = Buffer.from('ab');
assert.strictEqual(buf.parent, buf.buffer);
assert.strictEqual(buf.offset, buf.byteOffset);

const slow = SlowBuffer(3);
assert.strictEqual(slow.length, 3);
assert.ok(slow instanceof Buffer);
assert.strictEqual(slow.buffer.byteLength, 3);
assert.strictEqual(Object.getPrototypeOf(SlowBuffer), Uint8Array);
assert.throws(() => SlowBuffer(-1), { code: 'ERR_OUT_OF_RANGE' });
