'use strict';
// A Transform without _transform throws ERR_METHOD_NOT_IMPLEMENTED on write.
require('../common');
const assert = require('assert');
const { Transform } = require('stream');

assert.throws(() => new Transform().write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  name: 'Error',
  message: 'The _transform() method is not implemented',
});
