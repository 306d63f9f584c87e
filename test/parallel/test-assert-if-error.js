'use strict';
// assert.ifError(value) throws for anything but null and undefined.
require('../common');
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);
const original = new Error('oops');
assert.throws(() => assert.ifError(original), (err) => {
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.operator, 'ifError');
  assert.strictEqual(err.actual, original);
  assert.strictEqual(err.expected, null);
  assert.strictEqual(err.message, 'ifError got unwanted exception: oops');
  // The original frames follow the new ones.
  assert.ok(err.stack.endsWith(original.stack.slice(original.stack.indexOf('\n    at') + 1)));
  return true;
});
assert.throws(() => assert.ifError('str'), {
  message: "ifError got unwanted exception: 'str'",
});
assert.throws(() => assert.ifError(false), {
  message: 'ifError got unwanted exception: false',
});
assert.throws(() => assert.ifError(new TypeError('')), {
  message: 'ifError got unwanted exception: TypeError',
});
assert.throws(() => assert.ifError({ message: 'obj' }), {
  message: 'ifError got unwanted exception: obj',
});
