'use strict';
// assert.equal/notEqual use == (NaN equals NaN).
require('../common');
const assert = require('assert');

assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.throws(() => assert.equal(1, 2), {
  code: 'ERR_ASSERTION',
  operator: '==',
  actual: 1,
  expected: 2,
  message: '1 == 2',
});
assert.throws(() => assert.notEqual(1, '1'), {
  operator: '!=',
  message: "1 != '1'",
});
assert.throws(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN' });
assert.throws(() => assert.equal({ a: 1 }, { a: 1 }), { message: '{\n  a: 1\n} == {\n  a: 1\n}' });
