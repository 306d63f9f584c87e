'use strict';
// assert.throws(fn, object): every key must be deep-strict-equal, or match
// when the expected value is a RegExp; the diff shows only those keys.
require('../common');
const assert = require('assert');

const thrower = () => {
  const err = new TypeError('Wrong value');
  err.code = 404;
  err.info = { a: [1] };
  throw err;
};
assert.throws(thrower, { name: 'TypeError', message: 'Wrong value' });
assert.throws(thrower, { message: /^Wrong/, code: 404, info: { a: [1] } });
assert.throws(() => assert.throws(thrower, { message: 'Other', code: 404 }), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "  Comparison {\n    code: 404,\n+   message: 'Wrong value'\n-   message: 'Other'\n  }",
});
assert.throws(() => assert.throws(thrower, { code: 404, missing: 1 }), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  Comparison {\n    code: 404,\n-   missing: 1\n  }',
});
// An Error as validation object also compares name and message.
assert.throws(thrower, new TypeError('Wrong value'));
assert.throws(() => assert.throws(thrower, new RangeError('Wrong value')), {
  code: 'ERR_ASSERTION',
});
// A thrown primitive against an object.
assert.throws(() => assert.throws(() => { throw 'str'; }, { a: 1 }), {
  operator: 'throws',
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    "+ 'str'\n- {\n-   a: 1\n- }",
});
