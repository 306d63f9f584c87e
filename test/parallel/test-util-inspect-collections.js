'use strict';
// util.inspect() of Map, Set, WeakMap, WeakSet, their iterators, promises,
// proxies, ArrayBuffer and DataView.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const map = new Map([['a', 1], [{ key: true }, [1, 2]]]);
const set = new Set([1, 'two', { three: 3 }]);
const bigMap = new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`]));
class MyMap extends Map {}
class TaggedSet extends Set {
  get [Symbol.toStringTag]() { return 'TagSet'; }
}
const selfMap = new Map();
selfMap.set('self', selfMap);
const consumed = new Map([[1, 2], [3, 4]]).keys();
consumed.next();
const rejected = Promise.reject(new RangeError('no'));
rejected.catch(() => {});
const rejectedPrimitive = Promise.reject(3);
rejectedPrimitive.catch(() => {});
const revocable = Proxy.revocable({}, {});
revocable.revoke();
const throwingProxy = new Proxy({ a: 1 }, {
  get() { throw new Error('trap'); },
  ownKeys() { throw new Error('trap'); },
});

assert.strictEqual(inspect(map), "Map(2) { 'a' => 1, { key: true } => [ 1, 2 ] }");
assert.strictEqual(inspect(new Map()), 'Map(0) {}');
assert.strictEqual(
  inspect(bigMap).split('\n').slice(-3).join('|'),
  "  99 => 'v99',|  ... 20 more items|}");
assert.strictEqual(
  inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }),
  'Map(2) { 1 => 2, ... 1 more item }');
assert.strictEqual(
  inspect(Object.assign(new Map([[1, 2]]), { extra: true })),
  'Map(1) { 1 => 2, extra: true }');
assert.strictEqual(inspect(new MyMap([[1, 2]])), 'MyMap(1) [Map] { 1 => 2 }');
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)),
  '[Map(1): null prototype] { 1 => 2 }');
assert.strictEqual(inspect(selfMap), "<ref *1> Map(1) { 'self' => [Circular *1] }");
assert.strictEqual(
  inspect(new Map([['m', new Map([['n', new Map([['o', new Map()]])]])]])),
  "Map(1) { 'm' => Map(1) { 'n' => Map(1) { 'o' => Map(0) {} } } }");
assert.strictEqual(inspect(set), "Set(3) { 1, 'two', { three: 3 } }");
assert.strictEqual(inspect(new Set()), 'Set(0) {}');
assert.strictEqual(
  inspect(new Set(Array.from({ length: 10 }, (_, i) => i))),
  'Set(10) { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }');
assert.strictEqual(
  inspect(new Set([1, 2, 3]), { maxArrayLength: 2 }),
  'Set(3) { 1, 2, ... 1 more item }');
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Set([1, 2]), null)),
  '[Set(2): null prototype] { 1, 2 }');
assert.strictEqual(inspect(new TaggedSet([1])), 'TaggedSet(1) [TagSet] { 1 }');
assert.strictEqual(
  inspect(new Set([[1, 2], { a: 1 }]), { compact: false }),
  'Set(2) {\n' +
  '  [\n' +
  '    1,\n' +
  '    2\n' +
  '  ],\n' +
  '  {\n' +
  '    a: 1\n' +
  '  }\n' +
  '}');
assert.strictEqual(
  inspect(map, { colors: true }),
  "Map(2) { \x1b[32m'a'\x1b[39m => \x1b[33m1\x1b[39m, { key: \x1b[33mtrue\x1b[39m } => [ " +
  "\x1b[33m1\x1b[39m, \x1b[33m2\x1b[39m ] }");
assert.strictEqual(
  inspect(new Map([[1, 'a'], [2, 'b']]).entries()),
  "[Map Entries] { [ 1, 'a' ], [ 2, 'b' ] }");
assert.strictEqual(inspect(new Map([[1, 'a'], [2, 'b']]).keys()), '[Map Iterator] { 1, 2 }');
assert.strictEqual(inspect(new Map([[1, 'a'], [2, 'b']]).values()), "[Map Iterator] { 'a', 'b' }");
assert.strictEqual(inspect(new Set([1, 2]).values()), '[Set Iterator] { 1, 2 }');
assert.strictEqual(inspect(new Set([1, 2]).entries()), '[Set Entries] { [ 1, 1 ], [ 2, 2 ] }');
assert.strictEqual(inspect(consumed), '[Map Iterator] { 3 }');
assert.strictEqual(
  inspect(new Map([[1, 2], [3, 4]]).entries(), { maxArrayLength: 1 }),
  '[Map Entries] { [ 1, 2 ], ... 1 more item }');
assert.strictEqual(inspect(new WeakMap([[{}, 1]])), 'WeakMap { <items unknown> }');
assert.strictEqual(inspect(new WeakSet([{}])), 'WeakSet { <items unknown> }');
assert.strictEqual(inspect(new WeakMap(), { showHidden: true }), 'WeakMap {  }');
assert.strictEqual(inspect([1, 2][Symbol.iterator]()), 'Object [Array Iterator] {}');
assert.strictEqual(inspect((function* gen() { yield 1; })()), 'Object [Generator] {}');
assert.strictEqual(inspect(Promise.resolve(42)), 'Promise { 42 }');
assert.strictEqual(
  inspect(Promise.resolve({ a: { b: { c: { d: 1 } } } })),
  'Promise { { a: { b: [Object] } } }');
assert.strictEqual(inspect(new Promise(() => {})), 'Promise { <pending> }');
assert.strictEqual(inspect(rejected).split('\n')[0], 'Promise {');
assert.strictEqual(inspect(rejectedPrimitive), 'Promise { <rejected> 3 }');
assert.strictEqual(
  inspect(Object.assign(Promise.resolve(1), { extra: 2 })),
  'Promise { 1, extra: 2 }');
assert.strictEqual(
  inspect(new Promise(() => {}), { colors: true }),
  'Promise { \x1b[36m<pending>\x1b[39m }');
assert.strictEqual(inspect(new Proxy({ a: 1 }, {})), '{ a: 1 }');
assert.strictEqual(inspect(new Proxy({ a: 1 }, {}), { showProxy: true }), 'Proxy [ { a: 1 }, {} ]');
assert.strictEqual(inspect(new Proxy([1, 2], {})), '[ 1, 2 ]');
assert.strictEqual(inspect(new Proxy(function fn() {}, {})), '[Function: fn]');
assert.strictEqual(
  inspect(new Proxy(function fn() {}, {}), { showProxy: true }),
  'Proxy [ [Function: fn], {} ]');
assert.strictEqual(inspect(revocable.proxy), '<Revoked Proxy>');
assert.strictEqual(inspect(revocable.proxy, { showProxy: true }), '<Revoked Proxy>');
assert.strictEqual(inspect(throwingProxy), '{ a: 1 }');
assert.strictEqual(
  inspect(new Proxy(new Proxy({ x: 1 }, {}), {}), { showProxy: true }),
  'Proxy [ Proxy [ { x: 1 }, {} ], {} ]');
assert.strictEqual(
  inspect(new Proxy({ a: { b: { c: 1 } } }, {}), { showProxy: true, depth: 0 }),
  'Proxy [ [Object], {} ]');
assert.strictEqual(
  inspect(new ArrayBuffer(4)),
  'ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }');
assert.strictEqual(
  inspect(new Uint8Array([0, 1, 255, 16, 17]).buffer),
  'ArrayBuffer { [Uint8Contents]: <00 01 ff 10 11>, byteLength: 5 }');
assert.strictEqual(
  inspect(new ArrayBuffer(120), { maxArrayLength: 4 }),
  'ArrayBuffer {\n' +
  '  [Uint8Contents]: <00 00 00 00 ... 116 more bytes>,\n' +
  '  byteLength: 120\n' +
  '}');
assert.strictEqual(
  inspect(new ArrayBuffer(0)),
  'ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }');
assert.strictEqual(
  inspect(new SharedArrayBuffer(3)),
  'SharedArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }');
assert.strictEqual(
  inspect(new DataView(new ArrayBuffer(4), 1, 2)),
  'DataView {\n' +
  '  byteLength: 2,\n' +
  '  byteOffset: 1,\n' +
  '  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n' +
  '}');
assert.strictEqual(
  inspect(new Uint8Array(new ArrayBuffer(2)), { showHidden: true }),
  'Uint8Array(2) [\n' +
  '  0,\n' +
  '  0,\n' +
  '  [BYTES_PER_ELEMENT]: 1,\n' +
  '  [length]: 2,\n' +
  '  [byteLength]: 2,\n' +
  '  [byteOffset]: 0,\n' +
  '  [buffer]: ArrayBuffer { byteLength: 2 }\n' +
  ']');
assert.strictEqual(
  inspect(new ArrayBuffer(3), { colors: true }),
  'ArrayBuffer { \x1b[36m[Uint8Contents]\x1b[39m: <00 00 00>, byteLength: ' +
  '\x1b[33m3\x1b[39m }');
