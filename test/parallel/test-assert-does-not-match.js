'use strict';
// assert.doesNotMatch(string, regexp).
require('../common');
const assert = require('assert');

assert.doesNotMatch('I will pass', /different/);
assert.throws(() => assert.doesNotMatch('I will fail', /fail/), {
  code: 'ERR_ASSERTION',
  operator: 'doesNotMatch',
  message: 'The input was expected to not match the regular expression ' +
    "/fail/. Input:\n\n'I will fail'\n",
});
assert.throws(() => assert.doesNotMatch(null, /x/), {
  message: 'The "string" argument must be of type string. Received type ' +
    'object (null)',
});
