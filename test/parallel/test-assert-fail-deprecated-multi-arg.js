'use strict';
// assert.fail(actual, expected[, message[, operator]]) is deprecated
// (DEP0094, warned once) and reports actual/expected.
const common = require('../common');
const assert = require('assert');

common.expectWarning('DeprecationWarning',
                     'assert.fail() with more than one argument is deprecated. ' +
                     'Please use assert.strictEqual() instead or only pass a message.',
                     'DEP0094');
assert.throws(() => assert.fail('a', 'b'), {
  code: 'ERR_ASSERTION',
  operator: '!=',
  actual: 'a',
  expected: 'b',
  message: "'a' != 'b'",
});
assert.throws(() => assert.fail(1, 2, undefined, '>'), {
  operator: '>',
  message: '1 > 2',
});
assert.throws(() => assert.fail(1, 2, 'custom'), { message: 'custom' });
