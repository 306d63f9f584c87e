'use strict';
// assert(value) and assert.ok(value) quote the failing call's source.
require('../common');
const assert = require('assert');

assert.throws(() => assert(1 === 2), {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  generatedMessage: true,
  actual: false,
  expected: true,
  operator: '==',
  message: 'The expression evaluated to a falsy value:\n\n  assert(1 === 2)\n',
});
assert.throws(() => assert.ok(typeof 123 === 'string'), {
  message: 'The expression evaluated to a falsy value:\n\n' +
    "  assert.ok(typeof 123 === 'string')\n",
});
assert.throws(() => {
  assert.ok(null,
            undefined);
}, {
  message: 'The expression evaluated to a falsy value:\n\n' +
    '  assert.ok(null,\n            undefined)\n',
});
assert.throws(() => assert.strict.ok(''), {
  message: "The expression evaluated to a falsy value:\n\n  assert.strict.ok('')\n",
});
// Control characters are escaped.
assert.throws(() => assert('\u0001' === 'x'), {
  message: "The expression evaluated to a falsy value:\n\n  assert('\\u0001' === 'x')\n",
});
assert.ok(true);
assert(1);
