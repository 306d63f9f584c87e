'use strict';
// A message string replaces the generated one; an Error message is thrown.
require('../common');
const assert = require('assert');

assert.throws(() => assert.ok(false, 'custom'), {
  code: 'ERR_ASSERTION',
  message: 'custom',
  generatedMessage: false,
});
const err = new TypeError('mine');
assert.throws(() => assert(0, err), (thrown) => thrown === err);
assert.throws(() => assert.ok(false, 42), { message: '42' });
