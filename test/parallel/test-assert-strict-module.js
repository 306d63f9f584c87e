'use strict';
// assert.strict and assert/strict: the strict comparisons under the loose
// names.
require('../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.ok, assert.ok);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => strict(false), {
  message: 'The expression evaluated to a falsy value:\n\n  strict(false)\n',
});
assert.deepStrictEqual(Object.keys(assert), [
  'fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual',
  'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual',
  'notStrictEqual', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject',
  'ifError', 'match', 'doesNotMatch', 'CallTracker', 'strict',
]);
