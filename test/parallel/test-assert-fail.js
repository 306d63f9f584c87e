'use strict';
// assert.fail([message]).
require('../common');
const assert = require('assert');

assert.throws(() => assert.fail(), {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Failed',
  operator: 'fail',
  actual: undefined,
  expected: undefined,
  generatedMessage: true,
});
assert.throws(() => assert.fail('boom'), {
  message: 'boom',
  operator: 'fail',
  generatedMessage: false,
});
const err = new TypeError('own');
assert.throws(() => assert.fail(err), (thrown) => thrown === err);
