'use strict';
// util.format() and util.formatWithOptions(): every placeholder, %s rules for
// objects, bigints, symbols and -0, %%, missing and extra arguments.
require('../common');
const assert = require('assert');
const util = require('util');
const { format, formatWithOptions } = util;

const circular = { name: 'c' };
circular.self = circular;
class WithToString {
  toString() { return 'custom toString'; }
}
class Plain {
  constructor() { this.a = 1; }
}
const withPrimitive = { [Symbol.toPrimitive]() { return 'from toPrimitive'; } };
const ownToString = { toString() { return 'own toString'; } };

assert.strictEqual(format(), '');
assert.strictEqual(format(''), '');
assert.strictEqual(format('plain'), 'plain');
assert.strictEqual(format('%s'), '%s');
assert.strictEqual(format('%s', 'str'), 'str');
assert.strictEqual(format('%s', 42), '42');
assert.strictEqual(format('%s', -0), '-0');
assert.strictEqual(format('%s', 1234567n), '1234567n');
assert.strictEqual(format('%s', Symbol('sym')), 'Symbol(sym)');
assert.strictEqual(format('%s', null), 'null');
assert.strictEqual(format('%s', undefined), 'undefined');
assert.strictEqual(format('%s', true), 'true');
assert.strictEqual(format('%s', { a: { b: { c: 1 } } }), '{ a: [Object] }');
assert.strictEqual(format('%s', [1, [2, [3]]]), '[ 1, [Array] ]');
assert.strictEqual(format('%s', new WithToString()), 'custom toString');
assert.strictEqual(format('%s', ownToString), 'own toString');
assert.strictEqual(format('%s', withPrimitive), 'from toPrimitive');
assert.strictEqual(format('%s', new Plain()), 'Plain { a: 1 }');
assert.strictEqual(format('%s', Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(format('%s', new Map([[1, 2]])), 'Map(1) { 1 => 2 }');
assert.strictEqual(format('%s', new Set(['a'])), "Set(1) { 'a' }");
assert.strictEqual(format('%s', new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(format('%s', function named() {}), 'function named() {}');
assert.strictEqual(format('%s', class K {}), 'class K {}');
assert.strictEqual(
  format('%s', 'a\nb'),
  'a\n' +
  'b');
assert.strictEqual(format('%s', new Proxy({ a: 1 }, {})), '{ a: 1 }');
assert.strictEqual(format('%s', [Symbol('in array')]), '[ Symbol(in array) ]');
assert.strictEqual(format('%s', new Error('message only').message), 'message only');
assert.strictEqual(format('%d', 42), '42');
assert.strictEqual(format('%d', '42'), '42');
assert.strictEqual(format('%d', 1.5), '1.5');
assert.strictEqual(format('%d', -0), '-0');
assert.strictEqual(format('%d', 10n), '10n');
assert.strictEqual(format('%d', Symbol('x')), 'NaN');
assert.strictEqual(format('%d', {}), 'NaN');
assert.strictEqual(format('%d', '0x10'), '16');
assert.strictEqual(format('%d', ''), '0');
assert.strictEqual(format('%d', null), '0');
assert.strictEqual(format('%i', '42.9'), '42');
assert.strictEqual(format('%i', -1.9), '-1');
assert.strictEqual(format('%i', 5n), '5n');
assert.strictEqual(format('%i', Symbol()), 'NaN');
assert.strictEqual(format('%i', 'abc'), 'NaN');
assert.strictEqual(format('%i', 12345678.9), '12345678');
assert.strictEqual(format('%f', '1.5e3'), '1500');
assert.strictEqual(format('%f', Symbol()), 'NaN');
assert.strictEqual(format('%f', 'x'), 'NaN');
assert.strictEqual(format('%f', 10n), '10');
assert.strictEqual(format('%f', -0), '0');
assert.strictEqual(format('%j', { a: [1, 'x'] }), '{"a":[1,"x"]}');
assert.strictEqual(format('%j', circular), '[Circular]');
assert.strictEqual(format('%j', undefined), 'undefined');
assert.strictEqual(format('%j', 'str'), '"str"');
assert.strictEqual(format('%o', { a: [1, 2] }), '{ a: [ 1, 2, [length]: 2 ] }');
assert.strictEqual(format('%o', [1, 2]), '[ 1, 2, [length]: 2 ]');
assert.strictEqual(
  format('%o', function fn(a) { return a; }),
  "<ref *1> [Function: fn] {\n" +
  "  [length]: 1,\n" +
  "  [name]: 'fn',\n" +
  "  [prototype]: { [constructor]: [Circular *1] }\n" +
  "}");
assert.strictEqual(format('%O', { a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(format('%O', 'str'), "'str'");
assert.strictEqual(format('%c', 'color: red'), '');
assert.strictEqual(format('%c%s', 'css', 'text'), 'text');
assert.strictEqual(format('%%'), '%%');
assert.strictEqual(format('%%', 1), '% 1');
assert.strictEqual(format('%% %s', 'a'), '% a');
assert.strictEqual(format('100%'), '100%');
assert.strictEqual(format('a%', 1), 'a% 1');
assert.strictEqual(format('%', 1), '% 1');
assert.strictEqual(format('%x %s', 1), '%x 1');
assert.strictEqual(format('%s %s', 'only one'), 'only one %s');
assert.strictEqual(format('%s', 'a', 'b', { c: 1 }), 'a b { c: 1 }');
assert.strictEqual(format('%s:%d', 'a', 1, 2), 'a:1 2');
assert.strictEqual(format('x%sy%sz', 1), 'x1y%sz');
assert.strictEqual(format('%%s', 'x'), '%s x');
assert.strictEqual(format('%s%s', 1, 2), '12');
assert.strictEqual(format(1, 2, 'three'), '1 2 three');
assert.strictEqual(format({ a: 1 }, 'str'), '{ a: 1 } str');
assert.strictEqual(format('str', { a: 1 }, [2]), 'str { a: 1 } [ 2 ]');
assert.strictEqual(format(Symbol('first')), 'Symbol(first)');
assert.strictEqual(format('%s', 'x'.repeat(3), undefined, null), 'xxx undefined null');
assert.strictEqual(format('%d', 1234567), '1234567');
assert.strictEqual(format('%s', 1e21), '1e+21');
assert.strictEqual(format('%d %i %f %s', '1', '2', '3', '4'), '1 2 3 4');
assert.strictEqual(
  formatWithOptions({ colors: true }, '%s %o', 'a', [1]),
  'a [ \x1b[33m1\x1b[39m, [length]: \x1b[33m1\x1b[39m ]');
assert.strictEqual(
  formatWithOptions({ colors: true }, { a: 1 }, 'str', 2),
  '{ a: \x1b[33m1\x1b[39m } str \x1b[33m2\x1b[39m');
assert.strictEqual(
  formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.5, 1234.5, 9876543),
  '1_234_567 1_234_567 1_234.5 9_876_543');
assert.strictEqual(
  formatWithOptions({ numericSeparator: true }, 1234567, 12345n),
  '1_234_567 12_345n');
assert.strictEqual(formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(
  formatWithOptions({ compact: false }, { a: 1 }),
  '{\n' +
  '  a: 1\n' +
  '}');
assert.strictEqual(formatWithOptions([], '%s', 1), '1');
for (const bad of [null, undefined, 1, 'str', true]) {
  assert.throws(() => formatWithOptions(bad, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => formatWithOptions(null, 'x'), {
  message: 'The "inspectOptions" argument must be of type object. Received null',
});
assert.throws(() => formatWithOptions(1, 'x'), {
  message: 'The "inspectOptions" argument must be of type object. ' +
    'Received type number (1)',
});
// %j rethrows errors other than circular structures.
assert.throws(() => format('%j', { toJSON() { throw new RangeError('json'); } }), {
  name: 'RangeError',
  message: 'json',
});
assert.throws(() => format('%j', 1n), TypeError);
