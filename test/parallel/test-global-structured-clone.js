'use strict';
// structuredClone: deep copies of maps, sets, dates, regexps, bigints,
// cycles and typed arrays; transfer detaches the original buffer; what
// cannot be cloned is a DOMException DataCloneError.
const common = require('../common');
const assert = require('assert');

const source = {
  map: new Map([[1, { a: [1n] }]]),
  set: new Set(['x']),
  date: new Date(0),
  re: /a+/gi,
  bytes: new Uint8Array([1, 2, 3]),
  nested: { deep: { deeper: [null, undefined, -0] } },
};
source.self = source;
const copy = structuredClone(source);
assert.notStrictEqual(copy, source);
assert.strictEqual(copy.self, copy);
assert.deepStrictEqual(copy.map, source.map);
assert.notStrictEqual(copy.map.get(1), source.map.get(1));
assert.deepStrictEqual([...copy.set], ['x']);
assert.strictEqual(copy.date.getTime(), 0);
assert.strictEqual(copy.re.flags, 'gi');
assert.deepStrictEqual(copy.bytes, new Uint8Array([1, 2, 3]));
assert.ok(Object.is(copy.nested.deep.deeper[2], -0));

const ab = new ArrayBuffer(8);
const moved = structuredClone(ab, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(moved.byteLength, 8);

assert.throws(() => structuredClone(() => 1), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'DataCloneError');
  assert.strictEqual(err.code, 25);
  return true;
});
assert.throws(() => structuredClone(Symbol('s')), { name: 'DataCloneError' });
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => structuredClone(1, 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The options argument must be either an object or undefined',
});
for (const transfer of ['', 1]) {
  assert.throws(() => structuredClone(1, { transfer }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'Optional transferList argument must be an iterable',
  });
}
// A null transfer list is none, and so is an object that is not iterable;
// any iterable object will do.
assert.strictEqual(structuredClone(3, { transfer: {} }), 3);
assert.strictEqual(structuredClone(2, { transfer: null }), 2);
assert.deepStrictEqual(structuredClone({ a: 1 }, {
  transfer: { *[Symbol.iterator]() {} },
}), { a: 1 });

// The message serialiser's extras: a SharedArrayBuffer stays shared (the
// clone sees the original's memory), the same one twice stays one object,
// MessagePorts move with { transfer }, and a transfer list may only hold
// ArrayBuffers and MessagePorts.
{
  const sab = new SharedArrayBuffer(4);
  const copy = structuredClone({ a: sab, b: sab });
  assert.notStrictEqual(copy.a, sab);
  assert.strictEqual(copy.a, copy.b);
  new Uint8Array(sab)[0] = 7;
  assert.strictEqual(new Uint8Array(copy.a)[0], 7);

  const { port1, port2 } = new MessageChannel();
  const moved = structuredClone({ port: port1 }, { transfer: [port1] });
  assert.ok(moved.port instanceof MessagePort);
  assert.notStrictEqual(moved.port, port1);
  moved.port.postMessage('through the moved port');
  port2.once('message', common.mustCall((m) => {
    assert.strictEqual(m, 'through the moved port');
    port2.close();
  }));
  assert.throws(() => structuredClone({ port: port2 }), {
    name: 'TypeError',
    code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
  });
  assert.throws(() => structuredClone(1, { transfer: [5] }), {
    name: 'TypeError',
    code: 'ERR_INVALID_TRANSFER_OBJECT',
    message: 'Found invalid object in transferList',
  });
}
