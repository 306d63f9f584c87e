'use strict';
// An 'error' event with a non-Error (or nothing) throws ERR_UNHANDLED_ERROR
// with the value inspected and kept as `context`.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.throws(() => ee.emit('error', 42), {
  name: 'Error',
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (42)',
  context: 42,
});
assert.throws(() => ee.emit('error', 'text'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('text')",
  context: 'text',
});
assert.throws(() => ee.emit('error', { a: [1, 2] }), {
  message: 'Unhandled error. ({ a: [ 1, 2 ] })',
});
assert.throws(() => ee.emit('error'), (err) => {
  assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
  assert.strictEqual(err.message, 'Unhandled error. (undefined)');
  assert.strictEqual(err.context, undefined);
  assert.ok('context' in err);
  return true;
});
