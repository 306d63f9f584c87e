'use strict';
// Readable.from() of something not iterable throws ERR_INVALID_ARG_TYPE.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

for (const [value, received] of [
  [5, 'type number (5)'],
  [null, 'null'],
  [undefined, 'undefined'],
  [{}, 'an instance of Object'],
]) {
  assert.throws(() => Readable.from(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "iterable" argument must be an instance of Iterable. Received ${received}`,
  });
}
