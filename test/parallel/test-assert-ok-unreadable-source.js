'use strict';
// Without readable source (eval) the message falls back to
// `${inspect(value)} == true`.
require('../common');
const assert = require('assert');

assert.throws(() => eval('assert(false)'), {
  code: 'ERR_ASSERTION',
  generatedMessage: true,
  message: 'false == true',
});
assert.throws(() => new Function('assert', 'assert.ok(0)')(assert), {
  message: '0 == true',
});
