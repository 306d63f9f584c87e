'use strict';
// assert.throws() fails when nothing is thrown.
require('../common');
const assert = require('assert');

assert.throws(() => assert.throws(() => {}), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  actual: undefined,
  message: 'Missing expected exception.',
});
assert.throws(() => assert.throws(() => {}, TypeError), {
  message: 'Missing expected exception (TypeError).',
});
assert.throws(() => assert.throws(() => {}, 'should throw'), {
  message: 'Missing expected exception: should throw',
});
assert.throws(() => assert.throws(() => {}, TypeError, 'custom'), {
  message: 'Missing expected exception (TypeError): custom',
});
