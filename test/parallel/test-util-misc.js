'use strict';
// util.inherits(), util._extend(), util.toUSVString(),
// util.stripVTControlCharacters(), util.styleText() and the legacy util.isX()
// checks.
require('../common');
const assert = require('assert');
const util = require('util');

function Base() {}
Base.prototype.hello = function() { return 'hello'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
const descriptor = Object.getOwnPropertyDescriptor(Derived, 'super_');
const isChecks = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
                  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError',
                  'isFunction', 'isPrimitive'];
const values = [null, undefined, 0, 'str', true, Symbol('s'), [], {}, () => {}, /re/,
                new Date(0), new Error('e'), Object.create(Error.prototype),
                { [Symbol.toStringTag]: 'Error' }, 1n];
const table = (name) => values.map((v) => (util[name](v) ? 1 : 0)).join('');
delete process.env.FORCE_COLOR;

assert.strictEqual(new Derived().hello(), 'hello');
assert.strictEqual(new Derived() instanceof Base, true);
assert.strictEqual(Derived.super_ === Base, true);
assert.strictEqual(
  JSON.stringify(descriptor),
  '{"writable":true,"enumerable":false,"configurable":true}');
assert.strictEqual(Object.getPrototypeOf(Derived.prototype) === Base.prototype, true);
assert.strictEqual(
  JSON.stringify(util._extend({ a: 1, b: 2 }, { b: 3, c: 4 })),
  '{"a":1,"b":3,"c":4}');
assert.strictEqual(JSON.stringify(util._extend({ a: 1 }, null)), '{"a":1}');
assert.strictEqual(JSON.stringify(util._extend({ a: 1 }, 'str')), '{"a":1}');
assert.strictEqual(util.toUSVString('ok \ud83d\ude00'), 'ok \ud83d\ude00');
assert.strictEqual(util.toUSVString('lone \ud800 and \udc00'), 'lone � and �');
assert.strictEqual(util.toUSVString(12), '12');
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'), 'red plain');
assert.strictEqual(
  util.stripVTControlCharacters('\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007'),
  'link');
assert.strictEqual(
  util.stripVTControlCharacters('\u001b[1;31;4mmany\u001b[0m \u009b32mcsi'),
  'many csi');
assert.strictEqual(
  util.styleText('red', 'text', { validateStream: false }),
  '\x1b[31mtext\x1b[39m');
assert.strictEqual(
  util.styleText(['bold', 'underline', 'bgBlue'], 'text', { validateStream: false }),
  '\x1b[1m\x1b[4m\x1b[44mtext\x1b[49m\x1b[24m\x1b[22m');
assert.strictEqual(
  util.styleText('grey', 'text', { validateStream: false }),
  '\x1b[90mtext\x1b[39m');
assert.strictEqual(util.styleText('italic', '', { validateStream: false }), '\x1b[3m\x1b[23m');
// A stream that is not a TTY gets no colours; a TTY with colours does.
assert.strictEqual(
  util.styleText('red', 'text', { stream: { write() {}, on() {}, isTTY: false } }),
  'text');
assert.strictEqual(
  util.styleText('red', 'text', { stream: { write() {}, on() {}, isTTY: true, getColorDepth: () => 8 } }),
  '\x1b[31mtext\x1b[39m');
assert.strictEqual(
  util.styleText('red', 'text', { stream: { write() {}, on() {}, isTTY: true, getColorDepth: () => 1 } }),
  'text');
assert.strictEqual(
  util.styleText('red', 'text', { stream: { pipe() {}, on() {}, isTTY: true } }),
  '\x1b[31mtext\x1b[39m');
assert.strictEqual(table('isArray'), '000000100000000');
assert.strictEqual(table('isBoolean'), '000010000000000');
assert.strictEqual(table('isNull'), '100000000000000');
assert.strictEqual(table('isNullOrUndefined'), '110000000000000');
assert.strictEqual(table('isNumber'), '001000000000000');
assert.strictEqual(table('isString'), '000100000000000');
assert.strictEqual(table('isSymbol'), '000001000000000');
assert.strictEqual(table('isUndefined'), '010000000000000');
assert.strictEqual(table('isRegExp'), '000000000100000');
assert.strictEqual(table('isObject'), '000000110111110');
assert.strictEqual(table('isDate'), '000000000010000');
assert.strictEqual(table('isError'), '000000000001110');
assert.strictEqual(table('isFunction'), '000000001000000');
assert.strictEqual(table('isPrimitive'), '111111000000001');
assert.strictEqual(util.isArray === Array.isArray, true);
assert.strictEqual(isChecks.every((name) => typeof util[name] === 'function'), true);
assert.throws(() => util.inherits(function() {}, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
assert.throws(() => util.inherits(undefined, Base), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received undefined',
});
assert.throws(() => util.inherits(Derived, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received null',
});
