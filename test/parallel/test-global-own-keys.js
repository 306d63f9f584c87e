'use strict';
// What Object.keys(globalThis) lists, in node's order, and the global's
// own type tag ('[object global]', which deepEqual tells apart from a copy).
require('../common');
const assert = require('assert');

// fetch is node's (undici); nodus has no http client yet.
const keys = Object.keys(globalThis).filter((k) => k !== 'fetch');
assert.deepStrictEqual(keys, [
  'global', 'clearImmediate', 'setImmediate', 'clearInterval',
  'clearTimeout', 'setInterval', 'setTimeout', 'queueMicrotask',
  'structuredClone', 'atob', 'btoa', 'performance', 'crypto',
]);
assert.strictEqual(Object.prototype.toString.call(globalThis),
                   '[object global]');
assert.deepStrictEqual(
  Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag),
  { value: 'global', writable: false, enumerable: false, configurable: true });
// Enumerable after first use too.
assert.strictEqual(typeof atob, 'function');
assert.strictEqual(typeof performance.now(), 'number');
assert.ok(Object.keys(globalThis).includes('atob'));
assert.ok(Object.keys(globalThis).includes('performance'));
// Not enumerable: the other globals.
for (const name of ['process', 'Buffer', 'URL', 'TextEncoder', 'console']) {
  assert.ok(name in globalThis, name);
  assert.ok(!Object.keys(globalThis).includes(name), name);
}
// A copy with the same prototype and properties is not deep-equal.
const fake = Object.create(Object.getPrototypeOf(globalThis));
for (const key of Object.keys(globalThis)) fake[key] = globalThis[key];
assert.notDeepEqual(fake, globalThis);

// Which globals are plain values and which accessors, as in node.
for (const name of ['URL', 'URLSearchParams', 'Event', 'EventTarget',
  'CustomEvent', 'structuredClone', 'setTimeout']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof desc.value, 'function', name);
  assert.strictEqual(desc.writable, true, name);
}
for (const name of ['process', 'Buffer', 'TextEncoder', 'AbortController']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof desc.get, 'function', name);
  assert.strictEqual(typeof desc.set, 'function', name);
}
