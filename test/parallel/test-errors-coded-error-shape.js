'use strict';
// The shape of node's coded errors (ERR_*): name, code, message, toString(),
// the `[CODE]` in the first line of the stack, what inspect shows, own
// properties and their enumerability.
require('../common');
const assert = require('assert');
const util = require('util');

function catchError(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('did not throw');
}
function callsPromisify() {
  util.promisify(42);
}
const typeError = catchError(callsPromisify);
const rangeError = catchError(() => util.getSystemErrorName(1));
const lines = typeError.stack.split('\n');
const inspected = util.inspect(typeError).split('\n');
const expectedHeader = 'TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of type function. Received type number (42)';

assert.strictEqual(typeError.name, 'TypeError');
assert.strictEqual(typeError.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(
  typeError.message,
  'The "original" argument must be of type function. Received type number ' +
  '(42)');
assert.strictEqual(
  String(typeError),
  'TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of ' +
  'type function. Received type number (42)');
assert.strictEqual(
  typeError.toString(),
  'TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be of ' +
  'type function. Received type number (42)');
assert.strictEqual(Object.prototype.toString.call(typeError), '[object Error]');
assert.strictEqual(typeError instanceof TypeError, true);
assert.strictEqual(typeError instanceof Error, true);
assert.strictEqual(typeError.constructor === TypeError, true);
assert.strictEqual(TypeError.prototype.isPrototypeOf(typeError), true);
assert.strictEqual(Object.prototype.hasOwnProperty.call(typeError, 'name'), false);
assert.strictEqual(JSON.stringify(Object.keys(typeError)), '["code"]');
assert.strictEqual(
  JSON.stringify(Object.getOwnPropertyDescriptor(typeError, 'code')),
  '{"value":"ERR_INVALID_ARG_TYPE","writable":true,"enumerable":true,"con' +
  'figurable":true}');
assert.strictEqual(Object.getOwnPropertyDescriptor(typeError, 'message').enumerable, false);
assert.strictEqual(lines[0] === expectedHeader, true);
// The stack starts at the API function, not inside the validator.
assert.strictEqual(
  /^    at Object\.promisify \(node:internal\/util:\d+:\d+\)$/.test(lines[1]),
  true);
assert.strictEqual(/^    at callsPromisify \(/.test(lines[2]), true);
assert.strictEqual(inspected[0] === expectedHeader, true);
assert.strictEqual(inspected[inspected.length - 1], '}');
assert.strictEqual(inspected[inspected.length - 2], "  code: 'ERR_INVALID_ARG_TYPE'");
assert.strictEqual(util.inspect(typeError, { depth: -1 }), '[TypeError]');
assert.strictEqual(rangeError.name, 'RangeError');
assert.strictEqual(rangeError.code, 'ERR_OUT_OF_RANGE');
assert.strictEqual(
  rangeError.message,
  'The value of "err" is out of range. It must be a negative integer. ' +
  'Received 1');
assert.strictEqual(
  String(rangeError),
  'RangeError [ERR_OUT_OF_RANGE]: The value of "err" is out of range. It ' +
  'must be a negative integer. Received 1');
assert.strictEqual(rangeError instanceof RangeError, true);
assert.strictEqual(
  rangeError.stack.split('\n')[0],
  'RangeError [ERR_OUT_OF_RANGE]: The value of "err" is out of range. It ' +
  'must be a negative integer. Received 1');
assert.strictEqual(JSON.stringify(Object.keys(rangeError)), '["code"]');
// The code is a plain own property: it can be changed and deleted.
{
  const err = catchError(callsPromisify);
  err.code = 'CHANGED';
  assert.strictEqual(err.code, 'CHANGED');
  assert.strictEqual(String(err), 'TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be ' +
    'of type function. Received type number (42)');
  err.name = 'Renamed';
  assert.strictEqual(String(err), 'Renamed [ERR_INVALID_ARG_TYPE]: The "original" argument must be ' +
    'of type function. Received type number (42)');
}
// Error.stackTraceLimit = 0 leaves only the header.
{
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = catchError(callsPromisify);
  Error.stackTraceLimit = limit;
  assert.strictEqual(err.stack, 'TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument must be ' +
    'of type function. Received type number (42)');
  assert.strictEqual(util.inspect(err), '[TypeError [ERR_INVALID_ARG_TYPE]: The "original" argument ' +
    "must be of type function. Received type number (42)] {\n  code: 'ERR_INVALID_ARG_TYPE'\n}");
}
// A user Error.prepareStackTrace sees the error and its call sites.
{
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, frames) => `custom ${err.code} ${Array.isArray(frames)}`;
  const err = catchError(callsPromisify);
  assert.strictEqual(err.stack, 'custom ERR_INVALID_ARG_TYPE true');
  Error.prepareStackTrace = saved;
}
