'use strict';
// assert.match(string, regexp).
require('../common');
const assert = require('assert');

assert.match('I will pass', /pass/);
assert.throws(() => assert.match('I will fail', /pass/), {
  code: 'ERR_ASSERTION',
  operator: 'match',
  actual: 'I will fail',
  generatedMessage: true,
  message: 'The input did not match the regular expression /pass/. ' +
    "Input:\n\n'I will fail'\n",
});
assert.throws(() => assert.match(123, /pass/), {
  code: 'ERR_ASSERTION',
  message: 'The "string" argument must be of type string. Received type ' +
    'number (123)',
});
assert.throws(() => assert.match('x', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. ' +
    "Received type string ('x')",
});
assert.throws(() => assert.match('a', /b/, 'custom'), {
  message: 'custom',
  generatedMessage: false,
});
const own = new Error('own');
assert.throws(() => assert.match('a', /b/, own), (err) => err === own);
