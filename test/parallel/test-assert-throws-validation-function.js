'use strict';
// assert.throws(fn, validate): validate must return exactly true.
require('../common');
const assert = require('assert');

assert.throws(() => { throw new Error('x'); }, (err) => err.message === 'x');
assert.throws(() => assert.throws(() => { throw new Error('x'); }, () => 1), {
  code: 'ERR_ASSERTION',
  message: 'The validation function is expected to return "true". ' +
    'Received 1\n\nCaught error:\n\nError: x',
});
function validate() { return false; }
assert.throws(() => assert.throws(() => { throw 'str'; }, validate), {
  message: 'The "validate" validation function is expected to return "true". ' +
    'Received false',
});
// An error thrown by the validation function propagates.
const own = new Error('from validation');
assert.throws(() => assert.throws(() => { throw new Error('x'); }, () => { throw own; }),
              (err) => err === own);
