'use strict';
// Object validation at the API edge: formatWithOptions() accepts arrays,
// inspect.defaultOptions and parseArgs() options do not; null, functions and
// primitives are rejected with ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');
const util = require('util');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.ok(err instanceof TypeError);
    return err.message;
  }
  return 'no error';
}
const setDefaults = (value) => messageOf(() => { util.inspect.defaultOptions = value; });
const parseOptions = (value) => messageOf(() => util.parseArgs({ args: [], options: value }));
const parseOption = (value) => messageOf(() => util.parseArgs({ args: [], options: { opt: value } }));

assert.strictEqual(messageOf(() => util.formatWithOptions([], 'x')), 'no error');
assert.strictEqual(
  messageOf(() => util.formatWithOptions(null, 'x')),
  'The "inspectOptions" argument must be of type object. Received null');
assert.strictEqual(
  messageOf(() => util.formatWithOptions(() => {}, 'x')),
  'The "inspectOptions" argument must be of type object. Received function ');
assert.strictEqual(
  messageOf(() => util.formatWithOptions('str', 'x')),
  'The "inspectOptions" argument must be of type object. Received type ' +
  'string (\'str\')');
assert.strictEqual(
  setDefaults(null),
  'The "options" argument must be of type object. Received null');
assert.strictEqual(
  setDefaults([]),
  'The "options" argument must be of type object. Received an instance of ' +
  'Array');
assert.strictEqual(
  setDefaults(() => {}),
  'The "options" argument must be of type object. Received function ');
assert.strictEqual(
  setDefaults(1),
  'The "options" argument must be of type object. Received type number (1)');
assert.strictEqual(
  setDefaults(undefined),
  'The "options" argument must be of type object. Received undefined');
assert.strictEqual(parseOptions(null), 'no error');
assert.strictEqual(
  parseOptions([]),
  'The "options" argument must be of type object. Received an instance of ' +
  'Array');
assert.strictEqual(
  parseOptions(function options() {}),
  'The "options" argument must be of type object. Received function options');
assert.strictEqual(
  parseOptions(true),
  'The "options" argument must be of type object. Received type boolean ' +
  '(true)');
assert.strictEqual(
  parseOption(null),
  'The "options.opt" property must be of type object. Received null');
assert.strictEqual(
  parseOption([]),
  'The "options.opt" property must be of type object. Received an ' +
  'instance of Array');
assert.strictEqual(
  parseOption('string'),
  'The "options.opt" property must be of type object. Received type ' +
  'string (\'string\')');
assert.strictEqual(
  parseOption(Object.create(null)),
  'The "options.opt.type" property must be (\'string|boolean\'). Received ' +
  'undefined');
// Objects of any class pass.
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions = new (class Options {})();
util.inspect.defaultOptions = Object.create(null);
util.inspect.defaultOptions = saved;
assert.strictEqual(util.inspect.defaultOptions.depth, 2);
