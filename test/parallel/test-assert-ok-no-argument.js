'use strict';
// assert.ok() without arguments has its own message.
require('../common');
const assert = require('assert');

assert.throws(() => assert.ok(), {
  code: 'ERR_ASSERTION',
  generatedMessage: true,
  actual: undefined,
  message: 'No value argument passed to `assert.ok()`',
});
assert.throws(() => assert(), {
  message: 'No value argument passed to `assert.ok()`',
});
