'use strict';
// assert.rejects() needs a promise or a function returning one.
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.rejects(assert.rejects(() => 'not a promise'), {
    code: 'ERR_INVALID_RETURN_VALUE',
    name: 'TypeError',
    message: 'Expected instance of Promise to be returned from the "promiseFn" ' +
      "function but got type string ('not a promise').",
  });
  await assert.rejects(assert.rejects(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an ' +
      'instance of Promise. Received type number (5)',
  });
})().then(common.mustCall());
