'use strict';
// Function validation: util.promisify(), util.callbackify() (and its callback)
// and util.promisify.custom reject non-functions with ERR_INVALID_ARG_TYPE.
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
const custom = (value) => Object.assign(function original() {}, { [util.promisify.custom]: value });

assert.strictEqual(
  messageOf(() => util.promisify({})),
  'The "original" argument must be of type function. Received an instance ' +
  'of Object');
assert.strictEqual(messageOf(() => util.promisify(class A {})), 'no error');
assert.strictEqual(messageOf(() => util.promisify(async () => {})), 'no error');
assert.strictEqual(
  messageOf(() => util.callbackify(null)),
  'The "original" argument must be of type function. Received null');
assert.strictEqual(
  messageOf(() => util.callbackify(function f() {})()),
  'The last argument must be of type function. Received undefined');
assert.strictEqual(
  messageOf(() => util.callbackify(async () => {})('not a callback')),
  "The last argument must be of type function. Received type string ('not " +
  "a callback')");
assert.strictEqual(
  messageOf(() => util.promisify(custom(1))),
  'The "util.promisify.custom" property must be of type function. ' +
  'Received type number (1)');
assert.strictEqual(
  messageOf(() => util.promisify(custom({}))),
  'The "util.promisify.custom" property must be of type function. ' +
  'Received an instance of Object');
assert.strictEqual(messageOf(() => util.promisify(custom(0))), 'no error');
