'use strict';
// structuredClone: deep copies of maps, sets, dates, regexps, bigints,
// cycles and typed arrays; transfer detaches the original buffer; what
// cannot be cloned is a DOMException DataCloneError.
require('../common');
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
assert.throws(() => structuredClone(1, 1), { code: 'ERR_INVALID_ARG_TYPE' });
