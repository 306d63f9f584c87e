'use strict';
// ERR_INVALID_ARG_TYPE messages, as public APIs throw them: the expected
// types, classes and values, and how the received value is described.
require('../common');
const assert = require('assert');
const util = require('util');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.name, 'TypeError');
    assert.ok(err instanceof TypeError);
    return err.message;
  }
  assert.fail('did not throw');
}
const promisify = (value) => messageOf(() => util.promisify(value));
class Foo {}
function namedFunction() {}

// "Received ..." for each kind of value.
assert.strictEqual(
  promisify(undefined),
  'The "original" argument must be of type function. Received undefined');
assert.strictEqual(
  promisify(null),
  'The "original" argument must be of type function. Received null');
assert.strictEqual(
  promisify(1),
  'The "original" argument must be of type function. Received type number ' +
  '(1)');
assert.strictEqual(
  promisify(-0),
  'The "original" argument must be of type function. Received type number ' +
  '(-0)');
assert.strictEqual(
  promisify(0),
  'The "original" argument must be of type function. Received type number ' +
  '(0)');
assert.strictEqual(
  promisify(NaN),
  'The "original" argument must be of type function. Received type number ' +
  '(NaN)');
assert.strictEqual(
  promisify(Infinity),
  'The "original" argument must be of type function. Received type number ' +
  '(Infinity)');
assert.strictEqual(
  promisify(-Infinity),
  'The "original" argument must be of type function. Received type number ' +
  '(-Infinity)');
assert.strictEqual(
  promisify(1.5),
  'The "original" argument must be of type function. Received type number ' +
  '(1.5)');
assert.strictEqual(
  promisify(12345678901234567890),
  'The "original" argument must be of type function. Received type number ' +
  '(12345678901234567000)');
assert.strictEqual(
  promisify(10n),
  'The "original" argument must be of type function. Received type bigint ' +
  '(10n)');
assert.strictEqual(
  promisify(true),
  'The "original" argument must be of type function. Received type ' +
  'boolean (true)');
assert.strictEqual(
  promisify(false),
  'The "original" argument must be of type function. Received type ' +
  'boolean (false)');
assert.strictEqual(
  promisify(Symbol('desc')),
  'The "original" argument must be of type function. Received type symbol ' +
  '(Symbol(desc))');
assert.strictEqual(
  promisify('short'),
  'The "original" argument must be of type function. Received type string ' +
  '(\'short\')');
assert.strictEqual(
  promisify('a'.repeat(28)),
  'The "original" argument must be of type function. Received type string ' +
  '(\'aaaaaaaaaaaaaaaaaaaaaaaaaaaa\')');
assert.strictEqual(
  promisify('a'.repeat(29)),
  'The "original" argument must be of type function. Received type string ' +
  '(\'aaaaaaaaaaaaaaaaaaaaaaaaa...\')');
assert.strictEqual(
  promisify("it's"),
  'The "original" argument must be of type function. Received type string ' +
  '("it\'s")');
assert.strictEqual(
  promisify("it's a string longer than 28 chars"),
  'The "original" argument must be of type function. Received type string ' +
  '("it\'s a string longer than...")');
assert.strictEqual(
  promisify({}),
  'The "original" argument must be of type function. Received an instance ' +
  'of Object');
assert.strictEqual(
  promisify([]),
  'The "original" argument must be of type function. Received an instance ' +
  'of Array');
assert.strictEqual(
  promisify(new Foo()),
  'The "original" argument must be of type function. Received an instance ' +
  'of Foo');
assert.strictEqual(
  promisify(Object.create(null)),
  'The "original" argument must be of type function. Received [Object: ' +
  'null prototype] {}');
assert.strictEqual(
  promisify(Object.assign(Object.create(null), { a: 1 })),
  'The "original" argument must be of type function. Received [Object: ' +
  'null prototype]');
assert.strictEqual(
  promisify(new Map()),
  'The "original" argument must be of type function. Received an instance ' +
  'of Map');
assert.strictEqual(
  promisify(/re/),
  'The "original" argument must be of type function. Received an instance ' +
  'of RegExp');
assert.strictEqual(
  promisify(new Date(0)),
  'The "original" argument must be of type function. Received an instance ' +
  'of Date');
assert.strictEqual(
  promisify({ constructor: { name: 'Fake' } }),
  'The "original" argument must be of type function. Received an instance ' +
  'of Fake');
assert.strictEqual(
  promisify({ constructor: { other: 1 }, a: 1 }),
  'The "original" argument must be of type function. Received [Object]');
// Argument and property names, and lists of expected types.
assert.strictEqual(
  messageOf(() => util.callbackify(async () => {})(1)),
  'The last argument must be of type function. Received type number (1)');
assert.strictEqual(
  messageOf(() => util.inherits(function() {}, () => {})),
  'The "superCtor.prototype" property must be of type object. Received ' +
  'undefined');
assert.strictEqual(
  messageOf(() => util.inherits(null, namedFunction)),
  'The "ctor" argument must be of type function. Received null');
assert.strictEqual(
  messageOf(() => util.deprecate(() => {}, 'msg', 42)),
  'The "code" argument must be of type string. Received type number (42)');
assert.strictEqual(
  messageOf(() => util.getSystemErrorName('x')),
  'The "err" argument must be of type number. Received type string (\'x\')');
assert.strictEqual(
  messageOf(() => util.formatWithOptions(undefined)),
  'The "inspectOptions" argument must be of type object. Received undefined');
assert.strictEqual(
  messageOf(() => util.parseArgs({ args: 'str' })),
  'The "args" argument must be an instance of Array. Received type string ' +
  '(\'str\')');
assert.strictEqual(
  messageOf(() => util.parseArgs({ options: { foo: [] } })),
  'The "options.foo" property must be of type object. Received an ' +
  'instance of Array');
assert.strictEqual(
  messageOf(() => util.parseArgs({ options: { foo: { type: 'number' } } })),
  'The "options.foo.type" property must be (\'string|boolean\'). Received ' +
  'type string (\'number\')');
assert.strictEqual(
  messageOf(() => util.parseArgs({ options: { foo: { type: 'string', default: [1] } } })),
  'The "options.foo.default" property must be of type string. Received an ' +
  'instance of Array');
assert.strictEqual(
  messageOf(() => util.parseArgs({ options: { foo: { type: 'string', multiple: true, default: ['a', 2] } } })),
  'The "options.foo.default[1]" property must be of type string. Received ' +
  'type number (2)');
assert.strictEqual(
  messageOf(() => util.styleText('red', 'text', { stream: {} })),
  'The "stream" argument must be an instance of ReadableStream, ' +
  'WritableStream, or Stream. Received an instance of Object');
assert.strictEqual(
  messageOf(() => util.stripVTControlCharacters(namedFunction)),
  'The "str" argument must be of type string. Received function ' +
  'namedFunction');
assert.strictEqual(
  messageOf(() => util.stripVTControlCharacters(Foo)),
  'The "str" argument must be of type string. Received function Foo');
assert.strictEqual(
  messageOf(() => util.stripVTControlCharacters(() => {})),
  'The "str" argument must be of type string. Received function ');
