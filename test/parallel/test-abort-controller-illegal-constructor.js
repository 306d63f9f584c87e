'use strict';
// AbortSignal cannot be constructed directly.
require('../common');
const assert = require('assert');

assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});
