'use strict';
// util.inspect() of plain objects and class instances: keys that need quotes,
// nesting depth, null prototypes, symbols, getters, circular references,
// sorting and the compact and breakLength options.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

class Foo {
  constructor() {
    this.x = 1;
  }
}
class Empty {}
class Tagged {
  get [Symbol.toStringTag]() { return 'Tag'; }
}
const nested = { a: { b: { c: { d: { e: 1 } } } } };
const accessors = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; },
  set c(v) {},
  get d() { return { x: [1] }; },
  get e() { return null; },
  get f() { throw new Error('nope'); },
};
const self = { name: 'self' };
self.self = self;
const ring = { name: 'a' };
const other = { name: 'b', ring };
ring.other = other;
ring.list = [ring, other];
const hidden = Object.defineProperty({ visible: 1 }, 'hidden', { value: 2 });
const symbols = { [Symbol('a')]: 1, [Symbol.for('b')]: 2, c: 3 };
Object.defineProperty(symbols, Symbol('hidden'), { value: 4 });
const long = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`key${i}`, i]));
function Legacy() { this.own = 1; }
Legacy.prototype.shared = 2;
const args = (function() { return arguments; })(1, 'two');

assert.strictEqual(inspect({}), '{}');
assert.strictEqual(
  inspect({ a: 1, b: 'two', c: [3], d: null, e: undefined }),
  "{ a: 1, b: 'two', c: [ 3 ], d: null, e: undefined }");
assert.strictEqual(
  inspect({ 'a-b': 1, 'c d': 2, '1a': 3, 123: 4, _ok: 5, $dollar: 6, "it's": 7, '': 8, 'é': 9 }),
  '{\n' +
  '  \'123\': 4,\n' +
  '  \'a-b\': 1,\n' +
  '  \'c d\': 2,\n' +
  '  \'1a\': 3,\n' +
  '  _ok: 5,\n' +
  '  \'$dollar\': 6,\n' +
  '  "it\'s": 7,\n' +
  '  \'\': 8,\n' +
  '  \'é\': 9\n' +
  '}');
assert.strictEqual(inspect({ ['__proto__']: 1 }), "{ ['__proto__']: 1 }");
assert.strictEqual(inspect({ 'a\nb': 1 }), "{ 'a\\nb': 1 }");
assert.strictEqual(inspect(nested), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect(nested, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(inspect(nested, { depth: 1 }), '{ a: { b: [Object] } }');
assert.strictEqual(
  inspect(nested, { depth: Infinity }),
  '{\n' +
  '  a: {\n' +
  '    b: { c: { d: { e: 1 } } }\n' +
  '  }\n' +
  '}');
assert.strictEqual(
  inspect(nested, { depth: null }),
  '{\n' +
  '  a: {\n' +
  '    b: { c: { d: { e: 1 } } }\n' +
  '  }\n' +
  '}');
assert.strictEqual(inspect({ arr: [{ a: [{ b: 1 }] }] }), '{ arr: [ { a: [Array] } ] }');
assert.strictEqual(
  inspect(long),
  '{\n' +
  '  key0: 0,\n' +
  '  key1: 1,\n' +
  '  key2: 2,\n' +
  '  key3: 3,\n' +
  '  key4: 4,\n' +
  '  key5: 5,\n' +
  '  key6: 6,\n' +
  '  key7: 7,\n' +
  '  key8: 8,\n' +
  '  key9: 9,\n' +
  '  key10: 10,\n' +
  '  key11: 11,\n' +
  '  key12: 12,\n' +
  '  key13: 13,\n' +
  '  key14: 14,\n' +
  '  key15: 15,\n' +
  '  key16: 16,\n' +
  '  key17: 17,\n' +
  '  key18: 18,\n' +
  '  key19: 19,\n' +
  '  key20: 20,\n' +
  '  key21: 21,\n' +
  '  key22: 22,\n' +
  '  key23: 23,\n' +
  '  key24: 24,\n' +
  '  key25: 25\n' +
  '}');
assert.strictEqual(
  inspect(long, { breakLength: Infinity }),
  '{ key0: 0, key1: 1, key2: 2, key3: 3, key4: 4, key5: 5, key6: 6, key7: ' +
  '7, key8: 8, key9: 9, key10: 10, key11: 11, key12: 12, key13: 13, ' +
  'key14: 14, key15: 15, key16: 16, key17: 17, key18: 18, key19: 19, ' +
  'key20: 20, key21: 21, key22: 22, key23: 23, key24: 24, key25: 25 }');
assert.strictEqual(
  inspect({ a: [1, 2, 3], b: { c: 1, d: 2 }, e: 'string' }),
  "{ a: [ 1, 2, 3 ], b: { c: 1, d: 2 }, e: 'string' }");
assert.strictEqual(
  inspect({ a: [1, 2, 3], b: { c: 1, d: 2 }, e: 'string' }, { compact: false }),
  "{\n" +
  "  a: [\n" +
  "    1,\n" +
  "    2,\n" +
  "    3\n" +
  "  ],\n" +
  "  b: {\n" +
  "    c: 1,\n" +
  "    d: 2\n" +
  "  },\n" +
  "  e: 'string'\n" +
  "}");
assert.strictEqual(
  inspect({ a: [1, 2, 3], b: { c: 1, d: 2 }, e: 'string' }, { compact: true }),
  "{ a: [ 1, 2, 3 ], b: { c: 1, d: 2 }, e: 'string' }");
assert.strictEqual(
  inspect({ a: [1, 2, 3], b: { c: 1, d: 2 }, e: 'string' }, { compact: 1 }),
  "{\n" +
  "  a: [ 1, 2, 3 ],\n" +
  "  b: { c: 1, d: 2 },\n" +
  "  e: 'string'\n" +
  "}");
assert.strictEqual(inspect({ a: { b: { c: {} } } }), '{ a: { b: { c: {} } } }');
assert.strictEqual(
  inspect({ a: { b: { c: {} } } }, { compact: 1 }),
  '{\n' +
  '  a: {\n' +
  '    b: { c: {} }\n' +
  '  }\n' +
  '}');
assert.strictEqual(
  inspect({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dd', e: 1 }),
  "{\n" +
  "  alpha: 'aaaaaaaaaa',\n" +
  "  beta: 'bbbbbbbbbb',\n" +
  "  gamma: 'cccccccccc',\n" +
  "  delta: 'dd',\n" +
  "  e: 1\n" +
  "}");
assert.strictEqual(
  inspect({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb' }, { breakLength: 20 }),
  "{\n" +
  "  alpha: 'aaaaaaaaaa',\n" +
  "  beta: 'bbbbbbbbbb'\n" +
  "}");
assert.strictEqual(
  inspect({ text: 'a long string with\nnewlines inside that goes on and on and on\nend' }),
  "{\n" +
  "  text: 'a long string with\\nnewlines inside that goes on and on and " +
  "on\\nend'\n" +
  "}");
assert.strictEqual(
  inspect({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true }),
  '{ a: 1, b: 2, c: { y: 2, z: 1 } }');
assert.strictEqual(
  inspect({ b: 2, a: 1, c: 3 }, { sorted: (a, b) => (a < b ? 1 : -1) }),
  '{ c: 3, b: 2, a: 1 }');
assert.strictEqual(inspect(new Foo()), 'Foo { x: 1 }');
assert.strictEqual(inspect(new Empty()), 'Empty {}');
assert.strictEqual(inspect(new Tagged()), 'Tagged [Tag] {}');
assert.strictEqual(inspect(new (class {})()), '{}');
assert.strictEqual(
  inspect({ [Symbol.toStringTag]: 'Own' }),
  "{ [Symbol(Symbol.toStringTag)]: 'Own' }");
assert.strictEqual(inspect(Object.create({ [Symbol.toStringTag]: 'Proto' })), 'Object [Proto] {}');
assert.strictEqual(inspect(Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(
  inspect(Object.assign(Object.create(null), { a: 1 })),
  '[Object: null prototype] { a: 1 }');
assert.strictEqual(
  inspect(Object.create(Object.create(null))),
  'Object <[Object: null prototype] {}> {}');
assert.strictEqual(inspect(Object.create({ inherited: 1 })), '{}');
assert.strictEqual(inspect(new Legacy()), 'Legacy { own: 1 }');
assert.strictEqual(inspect(new Legacy(), { showHidden: true }), 'Legacy { own: 1, shared: 2 }');
assert.strictEqual(inspect(hidden), '{ visible: 1 }');
assert.strictEqual(inspect(hidden, { showHidden: true }), '{ visible: 1, [hidden]: 2 }');
assert.strictEqual(inspect(symbols), '{ c: 3, [Symbol(a)]: 1, [Symbol(b)]: 2 }');
assert.strictEqual(
  inspect(symbols, { showHidden: true }),
  '{ c: 3, [Symbol(a)]: 1, [Symbol(b)]: 2, [Symbol(hidden)]: 4 }');
assert.strictEqual(
  inspect(accessors),
  '{\n' +
  '  a: [Getter],\n' +
  '  b: [Setter],\n' +
  '  c: [Getter/Setter],\n' +
  '  d: [Getter],\n' +
  '  e: [Getter],\n' +
  '  f: [Getter]\n' +
  '}');
assert.strictEqual(
  inspect(accessors, { getters: true }),
  '{\n' +
  '  a: [Getter: 1],\n' +
  '  b: [Setter],\n' +
  '  c: [Getter/Setter: 2],\n' +
  '  d: [Getter] { x: [ 1 ] },\n' +
  '  e: [Getter: null],\n' +
  '  f: [Getter: <Inspection threw (nope)>]\n' +
  '}');
assert.strictEqual(
  inspect(accessors, { getters: 'get' }),
  '{\n' +
  '  a: [Getter: 1],\n' +
  '  b: [Setter],\n' +
  '  c: [Getter/Setter],\n' +
  '  d: [Getter] { x: [ 1 ] },\n' +
  '  e: [Getter: null],\n' +
  '  f: [Getter: <Inspection threw (nope)>]\n' +
  '}');
assert.strictEqual(
  inspect(accessors, { getters: 'set' }),
  '{\n' +
  '  a: [Getter],\n' +
  '  b: [Setter],\n' +
  '  c: [Getter/Setter: 2],\n' +
  '  d: [Getter],\n' +
  '  e: [Getter],\n' +
  '  f: [Getter]\n' +
  '}');
assert.strictEqual(inspect(self), "<ref *1> { name: 'self', self: [Circular *1] }");
assert.strictEqual(
  inspect(ring),
  "<ref *1> {\n" +
  "  name: 'a',\n" +
  "  other: { name: 'b', ring: [Circular *1] },\n" +
  "  list: [ [Circular *1], { name: 'b', ring: [Circular *1] } ]\n" +
  "}");
assert.strictEqual(inspect(args), "[Arguments] { '0': 1, '1': 'two' }");
assert.strictEqual(inspect(Math), 'Object [Math] {}');
assert.strictEqual(inspect(JSON), 'Object [JSON] {}');
assert.strictEqual(inspect(globalThis.Reflect).slice(0, 40), 'Object [Reflect] {}');
assert.strictEqual(inspect(Object.freeze({ frozen: true })), '{ frozen: true }');
assert.strictEqual(
  inspect({ a: 1, b: 'x', c: null, d: [1] }, { colors: true }),
  "{ a: \x1b[33m1\x1b[39m, b: \x1b[32m'x'\x1b[39m, c: \x1b[1mnull\x1b[22m, d: [ \x1b[33m1\x1b[39m " +
  "] }");
assert.strictEqual(
  inspect(self, { colors: true }),
  "\x1b[36m<ref *1>\x1b[39m { name: \x1b[32m'self'\x1b[39m, self: \x1b[36m[Circular " +
  "*1]\x1b[39m }");
assert.strictEqual(inspect({ a: 1 }, false, 0, true), '{ a: \x1b[33m1\x1b[39m }');
assert.strictEqual(inspect({ a: { b: { c: 1 } } }, false, 0), '{ a: [Object] }');
assert.strictEqual(inspect({ a: 1 }, true), '{ a: 1 }');
