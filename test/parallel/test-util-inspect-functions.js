'use strict';
// util.inspect() of functions and classes, boxed primitives, dates and regular
// expressions.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

class A {}
class B extends A {}
class WithStatic {
  static count = 1;
}
const anonymousClass = (() => class {})();
const nullProtoFn = Object.setPrototypeOf(function np() {}, null);
const renamed = Object.defineProperty(function original() {}, 'name', { value: 'renamed' });
const unnamed = Object.defineProperty(function named() {}, 'name', { value: '' });
const withProps = Object.assign(function withProps() {}, { a: 1, b: 'x' });
const mixin = (Base) => class extends Base {};
class MyDate extends Date {}
class MyRegExp extends RegExp {}
class MyNumber extends Number {}

assert.strictEqual(inspect(function foo() {}), '[Function: foo]');
assert.strictEqual(inspect(() => {}), '[Function (anonymous)]');
assert.strictEqual(inspect(async function af() {}), '[AsyncFunction: af]');
assert.strictEqual(inspect(async () => {}), '[AsyncFunction (anonymous)]');
assert.strictEqual(inspect(function* gen() {}), '[GeneratorFunction: gen]');
assert.strictEqual(inspect(async function* agen() {}), '[AsyncGeneratorFunction: agen]');
assert.strictEqual(inspect(A), '[class A]');
assert.strictEqual(inspect(B), '[class B extends A]');
assert.strictEqual(inspect(anonymousClass), '[class (anonymous)]');
assert.strictEqual(inspect(class N extends null {}), '[class N]');
assert.strictEqual(inspect(WithStatic), '[class WithStatic] { count: 1 }');
assert.strictEqual(inspect(mixin(A)), '[class (anonymous) extends A]');
assert.strictEqual(inspect(class /* comment */ C /* more */ { method() {} }), '[class C]');
assert.strictEqual(inspect(nullProtoFn), '[Function (null prototype): np]');
assert.strictEqual(inspect(renamed), '[Function: renamed]');
assert.strictEqual(inspect(unnamed), '[Function (anonymous)]');
assert.strictEqual(inspect(withProps), "[Function: withProps] { a: 1, b: 'x' }");
assert.strictEqual(inspect(function bar() {}.bind(null)), '[Function: bound bar]');
assert.strictEqual(inspect(Math.max), '[Function: max]');
assert.strictEqual(
  inspect({ fn() {}, arrow: () => {} }),
  '{ fn: [Function: fn], arrow: [Function: arrow] }');
assert.strictEqual(inspect(withProps, { depth: -1 }), '[Function]');
assert.strictEqual(
  inspect(A, { showHidden: true }),
  "<ref *1> [class A] {\n" +
  "  [length]: 0,\n" +
  "  [name]: 'A',\n" +
  "  [prototype]: { [constructor]: [Circular *1] }\n" +
  "}");
assert.strictEqual(inspect(function foo() {}, { colors: true }), '\x1b[36m[Function: foo]\x1b[39m');
assert.strictEqual(inspect(new Number(3)), '[Number: 3]');
assert.strictEqual(inspect(new Number(-0)), '[Number: -0]');
assert.strictEqual(inspect(new String('abc')), "[String: 'abc']");
assert.strictEqual(
  inspect(Object.assign(new String('ab'), { extra: 1 })),
  "[String: 'ab'] { extra: 1 }");
assert.strictEqual(inspect(new Boolean(false)), '[Boolean: false]');
assert.strictEqual(inspect(Object(Symbol('boxed'))), '[Symbol: Symbol(boxed)]');
assert.strictEqual(inspect(Object(5n)), '[BigInt: 5n]');
assert.strictEqual(inspect(new MyNumber(4)), '[Number (MyNumber): 4]');
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Number(1), null)),
  '[Number (null prototype): 1]');
assert.strictEqual(inspect(new String('s'), { colors: true }), "\x1b[32m[String: 's']\x1b[39m");
assert.strictEqual(inspect(new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(inspect(new Date(86400000 * 365.25 * 30)), '2000-01-01T12:00:00.000Z');
assert.strictEqual(inspect(new Date('invalid')), 'Invalid Date');
assert.strictEqual(
  inspect(Object.assign(new Date(0), { extra: 1 })),
  '1970-01-01T00:00:00.000Z { extra: 1 }');
assert.strictEqual(inspect(new MyDate(0)), 'MyDate 1970-01-01T00:00:00.000Z');
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Date(0), null)),
  '[Date: null prototype] 1970-01-01T00:00:00.000Z');
assert.strictEqual(
  inspect(new Date(0), { colors: true }),
  '\x1b[35m1970-01-01T00:00:00.000Z\x1b[39m');
assert.strictEqual(inspect(/ab+c/gi), '/ab+c/gi');
assert.strictEqual(inspect(/[\u{1F600}]/u), '/[\\u{1F600}]/u');
assert.strictEqual(inspect(Object.assign(/x/, { extra: 1 })), '/x/ { extra: 1 }');
assert.strictEqual(inspect(new MyRegExp('x', 'g')), 'MyRegExp /x/g');
assert.strictEqual(inspect(Object.setPrototypeOf(/abc/m, null)), '[RegExp: null prototype] /abc/m');
assert.strictEqual(
  inspect({ a: { b: { c: Object.assign(/deep/, { p: 1 }) } } }),
  '{ a: { b: { c: /deep/ } } }');
assert.strictEqual(inspect(/re/, { colors: true }), '\x1b[31m/re/\x1b[39m');
