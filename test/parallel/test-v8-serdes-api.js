'use strict';
// v8.Serializer / Deserializer: the methods, the JS hooks the native
// delegate calls, and node's errors.
const common = require('../common');
const assert = require('assert');
const v8 = require('v8');
const { MessageChannel } = require('worker_threads');

// Constructors need `new`.
assert.throws(() => v8.Serializer(), {
  name: 'TypeError',
  code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  message: "Class constructor Serializer cannot be invoked without 'new'",
});
assert.throws(() => v8.Deserializer(), {
  name: 'TypeError',
  code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  message: "Class constructor Deserializer cannot be invoked without 'new'",
});
for (const bad of [undefined, 'x', 1, {}, new ArrayBuffer(2)]) {
  assert.throws(() => new v8.Deserializer(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'buffer must be a TypedArray or a DataView',
  });
}
assert.strictEqual(v8.Serializer.prototype._getDataCloneError, Error);
assert.ok(new v8.DefaultSerializer() instanceof v8.Serializer);
assert.ok(new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof
          v8.Deserializer);

// The raw writers and readers.
{
  const ser = new v8.Serializer();
  ser.writeHeader();
  assert.strictEqual(ser.writeValue({ a: [1, 'b'] }), true);
  ser.writeUint32(0xfffffffe);
  ser.writeUint64(0x12345678, 0x9abcdef0);
  ser.writeDouble(-0.25);
  ser.writeRawBytes(new Uint16Array([0x6261]));
  ser.writeRawBytes(new DataView(Buffer.from('cd').buffer,
                                 Buffer.from('cd').byteOffset, 2));
  ser.writeUint32('7');  // ToUint32, as node
  assert.throws(() => ser.writeRawBytes('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'source must be a TypedArray or a DataView',
  });
  assert.throws(() => ser.transferArrayBuffer(0, new Uint8Array(1)), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'arrayBuffer must be an ArrayBuffer',
  });
  const buf = ser.releaseBuffer();
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString('hex').slice(0, 4), 'ff0f');

  const des = new v8.Deserializer(buf);
  assert.strictEqual(des.buffer, buf);
  assert.strictEqual(des.readHeader(), true);
  assert.strictEqual(des.getWireFormatVersion(), 15);
  assert.deepStrictEqual(des.readValue(), { a: [1, 'b'] });
  assert.strictEqual(des.readUint32(), 0xfffffffe);
  assert.deepStrictEqual(des.readUint64(), [0x12345678, 0x9abcdef0]);
  assert.strictEqual(des.readDouble(), -0.25);
  const raw = des.readRawBytes(4);
  assert.ok(Buffer.isBuffer(raw));
  assert.strictEqual(raw.toString(), 'abcd');
  // readRawBytes shares the input's memory.
  assert.strictEqual(raw.buffer, buf.buffer);
  assert.strictEqual(des.readUint32(), 7);
  assert.throws(() => des.readUint32(), { name: 'Error',
                                          message: 'ReadUint32() failed' });
  assert.throws(() => des.readUint64(), { message: 'ReadUint64() failed' });
  assert.throws(() => des.readDouble(), { message: 'ReadDouble() failed' });
  assert.throws(() => des.readRawBytes(1), {
    message: 'ReadRawBytes() failed',
  });
  assert.throws(() => des.transferArrayBuffer(0, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer',
  });
}

// A bad header.
assert.throws(() => v8.deserialize(Buffer.from([0xff, 0x7f])), Error);

// _getDataCloneError builds the error V8 reports.
{
  const ser = new v8.DefaultSerializer();
  ser._getDataCloneError = common.mustCall(function(message) {
    assert.strictEqual(this, ser);
    assert.strictEqual(message, '#<Object> could not be cloned.');
    return new RangeError('custom');
  });
  ser.writeHeader();
  assert.throws(() => ser.writeValue(new Proxy({}, {})),
                { name: 'RangeError', message: 'custom' });
}
assert.throws(() => v8.serialize(() => {}), {
  constructor: Error,
  message: /could not be cloned\.$/,
});
assert.throws(() => v8.serialize(Symbol('s')), {
  constructor: Error,
  message: 'Symbol(s) could not be cloned.',
});

// Host objects go through _writeHostObject / _readHostObject.
const hostObject = new MessageChannel().port1;
hostObject.close();
{
  const ser = new v8.Serializer();
  ser._writeHostObject = common.mustCall(function(object) {
    assert.strictEqual(this, ser);
    assert.strictEqual(object, hostObject);
    ser.writeUint32(42);
  });
  ser.writeHeader();
  ser.writeValue({ host: hostObject });
  const des = new v8.Deserializer(ser.releaseBuffer());
  const replacement = { replaced: true };
  des._readHostObject = common.mustCall(function() {
    assert.strictEqual(this, des);
    assert.strictEqual(des.readUint32(), 42);
    return replacement;
  });
  des.readHeader();
  assert.strictEqual(des.readValue().host, replacement);
}
{
  const ser = new v8.Serializer();
  ser._writeHostObject = () => { throw new Error('from hook'); };
  ser.writeHeader();
  assert.throws(() => ser.writeValue(hostObject), /^Error: from hook$/);
}
{
  const ser = new v8.Serializer();
  ser._writeHostObject = (object) => ser.writeUint32(1);
  ser.writeHeader();
  ser.writeValue(hostObject);
  const des = new v8.Deserializer(ser.releaseBuffer());
  des._readHostObject = () => 1;
  des.readHeader();
  assert.throws(() => des.readValue(), {
    name: 'TypeError',
    message: 'readHostObject must return an object',
  });
}
// DefaultSerializer refuses host objects that are not views.
assert.throws(() => v8.serialize(hostObject), {
  constructor: Error,
  message: /^Unserializable host object: MessagePort/,
});

// SharedArrayBuffers need an id from _getSharedArrayBufferId.
{
  const sab = new SharedArrayBuffer(4);
  assert.throws(() => v8.serialize(sab), {
    constructor: Error,
    message: '#<SharedArrayBuffer> could not be cloned.',
  });
  const ser = new v8.Serializer();
  ser._getSharedArrayBufferId = common.mustCall((buffer) => {
    assert.strictEqual(buffer, sab);
    return 3;
  });
  ser.writeHeader();
  ser.writeValue(sab);
  const des = new v8.Deserializer(ser.releaseBuffer());
  des.readHeader();
  // Accepted, but V8 reads shared buffers through a delegate node's
  // Deserializer does not have: reading fails as in node.
  des.transferArrayBuffer(3, new SharedArrayBuffer(8));
  assert.throws(() => des.readValue(), {
    message: 'Unable to deserialize cloned data.',
  });
}

// Transferred ArrayBuffers are written as ids.
{
  const ab = new ArrayBuffer(4);
  const ser = new v8.Serializer();
  ser.transferArrayBuffer(1, ab);
  ser.writeHeader();
  ser.writeValue(ab);
  const des = new v8.Deserializer(ser.releaseBuffer());
  des.readHeader();
  const target = new ArrayBuffer(2);
  des.transferArrayBuffer(1, target);
  assert.strictEqual(des.readValue(), target);
}

// Methods check their receiver.
assert.throws(() => v8.Serializer.prototype.writeHeader.call({}), TypeError);
assert.throws(() => v8.Deserializer.prototype.readValue.call({}), TypeError);
