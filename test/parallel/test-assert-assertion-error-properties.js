'use strict';
// AssertionError: its fields, toString(), and the code in the stack header.
require('../common');
const assert = require('assert');
const { AssertionError } = assert;

const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(err.toString(),
                   'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.ok(err.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values'));
assert.deepStrictEqual(Object.keys(err),
                       ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
const custom = new AssertionError({ message: 'msg', actual: 1 });
assert.strictEqual(custom.message, 'msg');
assert.strictEqual(custom.generatedMessage, false);
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: '>' }).message, '1 > 2');
assert.throws(() => new AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});
// The stack starts at stackStartFn's caller.
function helper() {
  return new AssertionError({ message: 'x', stackStartFn: helper });
}
assert.ok(!helper().stack.includes('at helper'));
