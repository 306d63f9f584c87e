'use strict';
// util.inspect() of arrays and typed arrays: holes, long arrays, grouping into
// columns, extra properties, subclasses.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const holes = [1, , 3, , , 6]; // eslint-disable-line no-sparse-arrays
const trailingHoles = [1];
trailingHoles.length = 4;
const withProps = [1, 2];
withProps.foo = 'bar';
withProps[Symbol('s')] = true;
const sparseBig = [];
sparseBig[1000] = 'last';
sparseBig[5] = 'early';
class MyArray extends Array {}
const nullProtoArray = Object.setPrototypeOf([1, 2], null);
const hundredAndOne = Array.from({ length: 101 }, (_, i) => i);
const words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi'];
const mixed = [1, 22, 333, 4444, 55555, 666666, 7, 88, 999, 1000, 11, 12, 13, 14, 15, 16];
const circular = [1];
circular.push(circular);

assert.strictEqual(inspect([]), '[]');
assert.strictEqual(inspect([1, 2, 3]), '[ 1, 2, 3 ]');
assert.strictEqual(inspect([[1, [2, [3, [4]]]]]), '[ [ 1, [ 2, [Array] ] ] ]');
assert.strictEqual(inspect(holes), '[ 1, <1 empty item>, 3, <2 empty items>, 6 ]');
assert.strictEqual(inspect(trailingHoles), '[ 1, <3 empty items> ]');
assert.strictEqual(inspect(new Array(5)), '[ <5 empty items> ]');
assert.strictEqual(inspect([, 'a']), "[ <1 empty item>, 'a' ]");
assert.strictEqual(inspect(sparseBig), "[ <5 empty items>, 'early', <994 empty items>, 'last' ]");
assert.strictEqual(
  inspect(hundredAndOne),
  '[\n' +
  '   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n' +
  '  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n' +
  '  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n' +
  '  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n' +
  '  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n' +
  '  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n' +
  '  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n' +
  '  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n' +
  '  96, 97, 98, 99,\n' +
  '  ... 1 more item\n' +
  ']');
assert.strictEqual(
  inspect(Array.from({ length: 102 }, () => 'x')),
  "[\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',\n" +
  "  'x', 'x', 'x', 'x',\n" +
  "  ... 2 more items\n" +
  "]");
assert.strictEqual(inspect(hundredAndOne, { maxArrayLength: 3 }), '[ 0, 1, 2, ... 98 more items ]');
assert.strictEqual(inspect([1, 2], { maxArrayLength: 0 }), '[ ... 2 more items ]');
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: 1 }), '[ 1, ... 2 more items ]');
assert.strictEqual(inspect(hundredAndOne, { maxArrayLength: null }).length, 433);
assert.strictEqual(
  inspect(words),
  "[\n" +
  "  'apple',      'banana',\n" +
  "  'cherry',     'date',\n" +
  "  'elderberry', 'fig',\n" +
  "  'grape',      'honeydew',\n" +
  "  'kiwi'\n" +
  "]");
assert.strictEqual(
  inspect(mixed),
  '[\n' +
  '      1,     22, 333, 4444,\n' +
  '  55555, 666666,   7,   88,\n' +
  '    999,   1000,  11,   12,\n' +
  '     13,     14,  15,   16\n' +
  ']');
assert.strictEqual(
  inspect([-1, -22, 333, -4444, 5, 6, 7, 8, 9, 10, 11, 12]),
  '[\n' +
  '  -1, -22, 333, -4444,\n' +
  '   5,   6,   7,     8,\n' +
  '   9,  10,  11,    12\n' +
  ']');
assert.strictEqual(
  inspect(Array.from({ length: 30 }, (_, i) => `item${i}`)),
  "[\n" +
  "  'item0',  'item1',  'item2',\n" +
  "  'item3',  'item4',  'item5',\n" +
  "  'item6',  'item7',  'item8',\n" +
  "  'item9',  'item10', 'item11',\n" +
  "  'item12', 'item13', 'item14',\n" +
  "  'item15', 'item16', 'item17',\n" +
  "  'item18', 'item19', 'item20',\n" +
  "  'item21', 'item22', 'item23',\n" +
  "  'item24', 'item25', 'item26',\n" +
  "  'item27', 'item28', 'item29'\n" +
  "]");
assert.strictEqual(
  inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i))),
  "[\n" +
  "  'a', 'b', 'c', 'd', 'e', 'f',\n" +
  "  'g', 'h', 'i', 'j', 'k', 'l',\n" +
  "  'm', 'n', 'o', 'p', 'q', 'r',\n" +
  "  's', 't', 'u', 'v', 'w', 'x',\n" +
  "  'y', 'z'\n" +
  "]");
assert.strictEqual(
  inspect([1n, 22n, 333n, 4444n, 5n, 6n, 7n]),
  '[\n' +
  '     1n, 22n, 333n,\n' +
  '  4444n,  5n,   6n,\n' +
  '     7n\n' +
  ']');
assert.strictEqual(
  inspect(['a', 1, 'bb', 22, 'ccc', 333, null, undefined, true, false]),
  "[\n" +
  "  'a',   1,\n" +
  "  'bb',  22,\n" +
  "  'ccc', 333,\n" +
  "  null,  undefined,\n" +
  "  true,  false\n" +
  "]");
assert.strictEqual(
  inspect([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]),
  '[\n' +
  '  [ 1, 2 ],\n' +
  '  [ 3, 4 ],\n' +
  '  [ 5, 6 ],\n' +
  '  [ 7, 8 ],\n' +
  '  [ 9, 10 ],\n' +
  '  [ 11, 12 ],\n' +
  '  [ 13, 14 ]\n' +
  ']');
assert.strictEqual(
  inspect(mixed, { compact: 1 }),
  '[\n' +
  '      1,     22, 333, 4444,\n' +
  '  55555, 666666,   7,   88,\n' +
  '    999,   1000,  11,   12,\n' +
  '     13,     14,  15,   16\n' +
  ']');
assert.strictEqual(
  inspect(mixed, { compact: false }),
  '[\n' +
  '  1,\n' +
  '  22,\n' +
  '  333,\n' +
  '  4444,\n' +
  '  55555,\n' +
  '  666666,\n' +
  '  7,\n' +
  '  88,\n' +
  '  999,\n' +
  '  1000,\n' +
  '  11,\n' +
  '  12,\n' +
  '  13,\n' +
  '  14,\n' +
  '  15,\n' +
  '  16\n' +
  ']');
assert.strictEqual(
  inspect(mixed, { breakLength: 40 }),
  '[\n' +
  '      1,     22, 333, 4444,\n' +
  '  55555, 666666,   7,   88,\n' +
  '    999,   1000,  11,   12,\n' +
  '     13,     14,  15,   16\n' +
  ']');
assert.strictEqual(
  inspect(words, { compact: true }),
  "[ 'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', " +
  "'honeydew', 'kiwi' ]");
assert.strictEqual(inspect(withProps), "[ 1, 2, foo: 'bar', [Symbol(s)]: true ]");
assert.strictEqual(inspect(withProps, { sorted: true }), "[ 1, 2, [Symbol(s)]: true, foo: 'bar' ]");
assert.strictEqual(inspect(MyArray.from([1, 2])), 'MyArray(2) [ 1, 2 ]');
assert.strictEqual(inspect(new MyArray()), 'MyArray(0) []');
assert.strictEqual(inspect(nullProtoArray), '[Array(2): null prototype] [ 1, 2 ]');
assert.strictEqual(inspect(circular), '<ref *1> [ 1, [Circular *1] ]');
assert.strictEqual(
  inspect([{ a: 1 }, { b: { c: { d: 1 } } }]),
  '[ { a: 1 }, { b: { c: [Object] } } ]');
assert.strictEqual(inspect([[[[['deep']]]]]), '[ [ [ [Array] ] ] ]');
assert.strictEqual(
  inspect(['日本', '語', 'a', 'bb', 'ccc', 'dddd', 'eeeee']),
  "[\n" +
  "  '日本',  '語',\n" +
  "  'a',     'bb',\n" +
  "  'ccc',   'dddd',\n" +
  "  'eeeee'\n" +
  "]");
assert.strictEqual(inspect(new Uint8Array([1, 2, 3])), 'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(inspect(new Uint8Array(0)), 'Uint8Array(0) []');
assert.strictEqual(inspect(new Float64Array([1.5, -0, NaN])), 'Float64Array(3) [ 1.5, -0, NaN ]');
assert.strictEqual(inspect(new BigInt64Array([1n, -2n])), 'BigInt64Array(2) [ 1n, -2n ]');
assert.strictEqual(
  inspect(new Int16Array(30).map((_, i) => i * 100 - 1500)),
  'Int16Array(30) [\n' +
  '  -1500, -1400, -1300, -1200, -1100,\n' +
  '  -1000,  -900,  -800,  -700,  -600,\n' +
  '   -500,  -400,  -300,  -200,  -100,\n' +
  '      0,   100,   200,   300,   400,\n' +
  '    500,   600,   700,   800,   900,\n' +
  '   1000,  1100,  1200,  1300,  1400\n' +
  ']');
assert.strictEqual(
  inspect(new Uint8Array(120), { maxArrayLength: 2 }),
  'Uint8Array(120) [ 0, 0, ... 118 more items ]');
assert.strictEqual(
  inspect(Object.assign(new Uint8Array(2), { extra: 1 })),
  'Uint8Array(2) [ 0, 0, extra: 1 ]');
assert.strictEqual(
  inspect(Object.setPrototypeOf(new Uint8Array([5, 6]), null)),
  '[Uint8Array(2): null prototype] [ 5, 6 ]');
assert.strictEqual(
  inspect(new Uint8Array([1, 2]), { showHidden: true }),
  'Uint8Array(2) [\n' +
  '  1,\n' +
  '  2,\n' +
  '  [BYTES_PER_ELEMENT]: 1,\n' +
  '  [length]: 2,\n' +
  '  [byteLength]: 2,\n' +
  '  [byteOffset]: 0,\n' +
  '  [buffer]: ArrayBuffer { byteLength: 2 }\n' +
  ']');
assert.strictEqual(
  inspect(new Uint16Array([1, 2, 3, 4, 5, 6, 7, 8]), { numericSeparator: true }),
  'Uint16Array(8) [\n' +
  '  1, 2, 3, 4,\n' +
  '  5, 6, 7, 8\n' +
  ']');
assert.strictEqual(
  inspect([1, 'a', null], { colors: true }),
  "[ \x1b[33m1\x1b[39m, \x1b[32m'a'\x1b[39m, \x1b[1mnull\x1b[22m ]");
assert.strictEqual(
  inspect(holes, { colors: true }),
  '[ \x1b[33m1\x1b[39m, \x1b[90m<1 empty item>\x1b[39m, \x1b[33m3\x1b[39m, \x1b[90m<2 empty ' +
  'items>\x1b[39m, \x1b[33m6\x1b[39m ]');
