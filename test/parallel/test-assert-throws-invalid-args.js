'use strict';
// Argument errors of assert.throws().
require('../common');
const assert = require('assert');

assert.throws(() => assert.throws('not a function'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. ' +
    "Received type string ('not a function')",
});
assert.throws(() => assert.throws(() => { throw new Error(); }, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of ' +
    'Error, RegExp, or Object. Received type number (1)',
});
assert.throws(() => assert.throws(() => { throw new Error(); }, 'a', 'b'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => assert.throws(() => { throw new Error('same'); }, 'same'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
    'The error message "same" is identical to the message.',
});
assert.throws(() => assert.throws(() => { throw 'same'; }, 'same'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. ' +
    'The error "same" is identical to the message.',
});
assert.throws(() => assert.throws(() => { throw new Error(); }, {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});
