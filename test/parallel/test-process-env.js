'use strict';
// process.env: values become strings, delete unsets, keys enumerate, `in`
// works, and only plain data descriptors can be defined.
require('../common');
const assert = require('assert');

process.env.NODUS_TEST_VAR = 42;
assert.strictEqual(process.env.NODUS_TEST_VAR, '42');
assert.ok('NODUS_TEST_VAR' in process.env);
assert.ok(Object.keys(process.env).includes('NODUS_TEST_VAR'));
assert.strictEqual(Object.getOwnPropertyDescriptor(process.env,
                                                   'NODUS_TEST_VAR').enumerable,
                   true);
process.env.NODUS_TEST_VAR = undefined;
assert.strictEqual(process.env.NODUS_TEST_VAR, 'undefined');
process.env.NODUS_TEST_VAR = true;
assert.strictEqual(process.env.NODUS_TEST_VAR, 'true');
assert.strictEqual(delete process.env.NODUS_TEST_VAR, true);
assert.strictEqual(process.env.NODUS_TEST_VAR, undefined);
assert.ok(!('NODUS_TEST_VAR' in process.env));
assert.strictEqual(delete process.env.NODUS_NEVER_SET, true);

assert.throws(() => {
  Object.defineProperty(process.env, 'NODUS_X', { get() { return 1; } });
}, { name: 'TypeError' });
assert.throws(() => {
  Object.defineProperty(process.env, 'NODUS_X', { value: 'v' });
}, { name: 'TypeError' });
Object.defineProperty(process.env, 'NODUS_X', {
  value: 'v', writable: true, enumerable: true, configurable: true,
});
assert.strictEqual(process.env.NODUS_X, 'v');
delete process.env.NODUS_X;
assert.strictEqual(typeof process.env.PATH, 'string');
