'use strict';
// New contexts have their own built-ins; isContext; util.inspect of a
// context's global and of its objects; vm.constants.DONT_CONTEXTIFY.
require('../common');
const assert = require('assert');
const util = require('util');
const vm = require('vm');

const sandbox = { a: 1, b: { c: 2 } };
const context = vm.createContext(sandbox);
assert.strictEqual(context, sandbox);
assert.strictEqual(vm.createContext(context), context);
assert.strictEqual(vm.isContext(context), true);
assert.strictEqual(vm.isContext({}), false);
assert.ok(vm.isContext(vm.createContext()));

// Built-ins are the context's own.
const array = vm.runInContext('[]', context);
assert.strictEqual(array instanceof Array, false);
assert.strictEqual(Array.isArray(array), true);
assert.strictEqual(vm.runInContext('[] instanceof Array', context), true);
assert.notStrictEqual(vm.runInContext('Object', context), Object);
assert.strictEqual(vm.runInContext('Object.getPrototypeOf(this) === ' +
                                   'Object.prototype', context), false);
assert.strictEqual(Object.getPrototypeOf(sandbox), Object.prototype);
const error = vm.runInContext('new TypeError("t")', context);
assert.strictEqual(error instanceof TypeError, false);
assert.strictEqual(util.types.isNativeError(error), true);
assert.strictEqual(util.types.isDate(vm.runInContext('new Date(0)', context)),
                   true);
// The global is not the sandbox, but reads like it.
const global = vm.runInContext('this', context);
assert.notStrictEqual(global, sandbox);
assert.strictEqual(vm.runInContext('globalThis === this', context), true);
assert.strictEqual(global.a, 1);
// Only standard globals: no node additions.
assert.strictEqual(vm.runInNewContext('typeof process'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof setTimeout'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof Buffer'), 'undefined');

// util.inspect, as node prints them.
assert.strictEqual(util.inspect(global), '{ a: 1, b: { c: 2 } }');
assert.strictEqual(util.inspect(context), '{ a: 1, b: { c: 2 } }');
assert.strictEqual(util.inspect(vm.createContext()), '{}');
assert.strictEqual(
  util.inspect(vm.runInContext(
    '[new Date(0), /x/g, new Set([1]), class Foo {}, function bar() {}, ' +
    'Object.create(null), new (class K { constructor() { this.k = 1; } })(), ' +
    'Symbol("s"), 10n, new Uint8Array(2), Promise.resolve(3)]', context)),
  '[\n  1970-01-01T00:00:00.000Z,\n  /x/g,\n  Set(1) { 1 },\n  [class Foo],\n' +
  '  [Function: bar],\n  [Object: null prototype] {},\n  K { k: 1 },\n' +
  '  Symbol(s),\n  10n,\n  Uint8Array(2) [ 0, 0 ],\n  Promise { 3 }\n]');
assert.strictEqual(
  util.inspect(vm.runInNewContext('({x: [1, 2, {y: new Map([["k", 1]])}]})')),
  '{ x: [ 1, 2, { y: [Map] } ] }');
assert.match(util.inspect(error), /^TypeError: t\n {4}at /);

// DONT_CONTEXTIFY: an ordinary global, usable from outside.
const { DONT_CONTEXTIFY } = vm.constants;
assert.strictEqual(typeof DONT_CONTEXTIFY, 'symbol');
assert.strictEqual(Object.isFrozen(vm.constants), true);
assert.strictEqual(Object.getPrototypeOf(vm.constants), null);
const vanilla = vm.createContext(DONT_CONTEXTIFY);
assert.strictEqual(vm.isContext(vanilla), true);
assert.strictEqual(vm.runInContext('globalThis', vanilla), vanilla);
assert.notStrictEqual(vanilla.Array, Array);
vm.runInContext('foo = 1', vanilla);
assert.strictEqual(vanilla.foo, 1);
vanilla.bar = 2;
assert.strictEqual(vm.runInContext('bar', vanilla), 2);
Object.freeze(vanilla);
assert.throws(() => vm.runInContext('"use strict"; baz = 1', vanilla),
              { name: 'ReferenceError', message: 'baz is not defined' });
const frozen = vm.runInNewContext('Object.freeze(globalThis); globalThis',
                                  DONT_CONTEXTIFY);
assert.strictEqual(Object.isFrozen(frozen), true);
assert.strictEqual(vm.runInNewContext('this.x = 1; x', DONT_CONTEXTIFY), 1);
