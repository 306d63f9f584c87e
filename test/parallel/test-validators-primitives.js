'use strict';
// Validation of strings, booleans, numbers, arrays and unions: the messages
// util.deprecate(), util.styleText(), util.getSystemErrorName() and
// util.parseArgs() give for wrong types.
require('../common');
const assert = require('assert');
const util = require('util');

function errorOf(fn) {
  try {
    fn();
  } catch (err) {
    return `${err.name} ${err.code}: ${err.message}`;
  }
  return 'no error';
}
const parse = (config) => errorOf(() => util.parseArgs(config));

assert.strictEqual(
  errorOf(() => util.deprecate(() => {}, 'msg', 1)),
  'TypeError ERR_INVALID_ARG_TYPE: The "code" argument must be of type ' +
  'string. Received type number (1)');
assert.strictEqual(
  errorOf(() => util.deprecate(() => {}, 'msg', null)),
  'TypeError ERR_INVALID_ARG_TYPE: The "code" argument must be of type ' +
  'string. Received null');
assert.strictEqual(errorOf(() => util.deprecate(() => {}, 'msg', undefined)), 'no error');
assert.strictEqual(
  errorOf(() => util.styleText('red', 42)),
  'TypeError ERR_INVALID_ARG_TYPE: The "text" argument must be of type ' +
  'string. Received type number (42)');
assert.strictEqual(
  errorOf(() => util.styleText('red', 'x', { validateStream: 'yes' })),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.validateStream" property ' +
  'must be of type boolean. Received type string (\'yes\')');
assert.strictEqual(
  errorOf(() => util.getSystemErrorName(undefined)),
  'TypeError ERR_INVALID_ARG_TYPE: The "err" argument must be of type ' +
  'number. Received undefined');
assert.strictEqual(
  errorOf(() => util.getSystemErrorName(1n)),
  'TypeError ERR_INVALID_ARG_TYPE: The "err" argument must be of type ' +
  'number. Received type bigint (1n)');
assert.strictEqual(
  errorOf(() => util.stripVTControlCharacters(null)),
  'TypeError ERR_INVALID_ARG_TYPE: The "str" argument must be of type ' +
  'string. Received null');
assert.strictEqual(
  parse({ args: {} }),
  'TypeError ERR_INVALID_ARG_TYPE: The "args" argument must be an ' +
  'instance of Array. Received an instance of Object');
assert.strictEqual(
  parse({ args: [], strict: 'no' }),
  'TypeError ERR_INVALID_ARG_TYPE: The "strict" argument must be of type ' +
  'boolean. Received type string (\'no\')');
assert.strictEqual(
  parse({ args: [], allowPositionals: 1 }),
  'TypeError ERR_INVALID_ARG_TYPE: The "allowPositionals" argument must ' +
  'be of type boolean. Received type number (1)');
assert.strictEqual(parse({ args: [], tokens: null }), 'no error');
assert.strictEqual(
  parse({ args: [], allowNegative: 'x' }),
  'TypeError ERR_INVALID_ARG_TYPE: The "allowNegative" argument must be ' +
  'of type boolean. Received type string (\'x\')');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'number' } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.type" property must be ' +
  '(\'string|boolean\'). Received type string (\'number\')');
assert.strictEqual(
  parse({ args: [], options: { f: {} } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.type" property must be ' +
  '(\'string|boolean\'). Received undefined');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'string', short: 1 } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.short" property must be ' +
  'of type string. Received type number (1)');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'string', short: 'ab' } } }),
  "TypeError ERR_INVALID_ARG_VALUE: The property 'options.f.short' must " +
  "be a single character. Received 'ab'");
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'string', short: '' } } }),
  "TypeError ERR_INVALID_ARG_VALUE: The property 'options.f.short' must " +
  "be a single character. Received ''");
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'boolean', multiple: 'yes' } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.multiple" property must ' +
  'be of type boolean. Received type string (\'yes\')');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'string', default: true } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.default" property must ' +
  'be of type string. Received type boolean (true)');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'boolean', default: 'x' } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.default" property must ' +
  'be of type boolean. Received type string (\'x\')');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'string', multiple: true, default: 'x' } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.default" property must ' +
  'be an instance of Array. Received type string (\'x\')');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'string', multiple: true, default: ['a', 1] } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.default[1]" property ' +
  'must be of type string. Received type number (1)');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'boolean', multiple: true, default: [true, 'x'] } } }),
  'TypeError ERR_INVALID_ARG_TYPE: The "options.f.default[1]" property ' +
  'must be of type boolean. Received type string (\'x\')');
assert.strictEqual(
  parse({ args: [], options: { f: { type: 'boolean', multiple: true, default: [true, false] } } }),
  'no error');
