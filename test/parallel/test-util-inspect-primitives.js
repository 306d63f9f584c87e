'use strict';
// util.inspect() of primitives: quoting and escaping of strings, long strings,
// -0, numeric separators, bigints, symbols.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect('hello'), "'hello'");
assert.strictEqual(inspect("it's"), '"it\'s"');
assert.strictEqual(inspect(`it's "quoted"`), '`it\'s "quoted"`');
assert.strictEqual(inspect("it's \"quoted\" `too`"), '\'it\\\'s "quoted" `too`\'');
assert.strictEqual(inspect("it's \"quoted\" ${no}"), '\'it\\\'s "quoted" ${no}\'');
assert.strictEqual(inspect(''), "''");
assert.strictEqual(inspect('a\nb\tc\rd\be\ff\vg'), "'a\\nb\\tc\\rd\\be\\ff\\x0Bg'");
assert.strictEqual(
  inspect('\u0000\u0001\u001b\u007f\u0085\u009f'),
  "'\\x00\\x01\\x1B\\x7F\\x85\\x9F'");
assert.strictEqual(inspect('back\\slash'), "'back\\\\slash'");
assert.strictEqual(
  inspect('lone \ud800 high and \udc00 low, pair \ud83d\ude00'),
  "'lone \\ud800 high and \\udc00 low, pair \ud83d\ude00'");
assert.strictEqual(inspect('héllo wörld 日本語'), "'héllo wörld 日本語'");
assert.strictEqual(
  inspect('a'.repeat(20) + '\n' + 'b'.repeat(70) + '\n' + 'c'.repeat(10)),
  "'aaaaaaaaaaaaaaaaaaaa\\n' +\n" +
  "  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" +
  "bbb\\n' +\n" +
  "  'cccccccccc'");
assert.strictEqual(inspect('short\nlines'), "'short\\nlines'");
assert.strictEqual(
  inspect(['a'.repeat(90) + '\n' + 'b']),
  "[\n" +
  "  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" +
  "aaaaaaaaaaaaaaaaaaaaaaa\\n' +\n" +
  "    'b'\n" +
  "]");
assert.strictEqual(
  inspect('x'.repeat(30), { maxStringLength: 10 }),
  "'xxxxxxxxxx'... 20 more characters");
assert.strictEqual(inspect('abc', { maxStringLength: 2 }), "'ab'... 1 more character");
assert.strictEqual(inspect('abc', { maxStringLength: 0 }), "''... 3 more characters");
assert.strictEqual(
  inspect('x'.repeat(100), { maxStringLength: null }),
  "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" +
  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
assert.strictEqual(inspect(42), '42');
assert.strictEqual(inspect(-1.5), '-1.5');
assert.strictEqual(inspect(0), '0');
assert.strictEqual(inspect(-0), '-0');
assert.strictEqual(inspect([0, -0, +0]), '[ 0, -0, 0 ]');
assert.strictEqual(inspect(NaN), 'NaN');
assert.strictEqual(inspect(Infinity), 'Infinity');
assert.strictEqual(inspect(-Infinity), '-Infinity');
assert.strictEqual(inspect(1e21), '1e+21');
assert.strictEqual(inspect(1.5e-7), '1.5e-7');
assert.strictEqual(inspect(123456789n), '123456789n');
assert.strictEqual(inspect(-5n), '-5n');
assert.strictEqual(inspect(1234567.891, { numericSeparator: true }), '1_234_567.891');
assert.strictEqual(inspect(-1234567, { numericSeparator: true }), '-1_234_567');
assert.strictEqual(inspect(123, { numericSeparator: true }), '123');
assert.strictEqual(inspect(0.0001234, { numericSeparator: true }), '0.000_123_4');
assert.strictEqual(inspect(1234.56789, { numericSeparator: true }), '1_234.567_89');
assert.strictEqual(inspect(1e21, { numericSeparator: true }), '1e+21');
assert.strictEqual(inspect(-0, { numericSeparator: true }), '0');
assert.strictEqual(
  inspect(123456789012345678901234567890n, { numericSeparator: true }),
  '123_456_789_012_345_678_901_234_567_890n');
assert.strictEqual(inspect(true), 'true');
assert.strictEqual(inspect(false), 'false');
assert.strictEqual(inspect(undefined), 'undefined');
assert.strictEqual(inspect(null), 'null');
assert.strictEqual(inspect(Symbol('desc')), 'Symbol(desc)');
assert.strictEqual(inspect(Symbol()), 'Symbol()');
assert.strictEqual(inspect(Symbol.iterator), 'Symbol(Symbol.iterator)');
assert.strictEqual(inspect(Symbol.for('registered')), 'Symbol(registered)');
assert.strictEqual(inspect('colored', { colors: true }), "\x1b[32m'colored'\x1b[39m");
assert.strictEqual(inspect(5, { colors: true }), '\x1b[33m5\x1b[39m');
assert.strictEqual(inspect(5n, { colors: true }), '\x1b[33m5n\x1b[39m');
assert.strictEqual(inspect(true, { colors: true }), '\x1b[33mtrue\x1b[39m');
assert.strictEqual(inspect(undefined, { colors: true }), '\x1b[90mundefined\x1b[39m');
assert.strictEqual(inspect(null, { colors: true }), '\x1b[1mnull\x1b[22m');
assert.strictEqual(inspect(Symbol('s'), { colors: true }), '\x1b[32mSymbol(s)\x1b[39m');
