'use strict';
// pipeline() needs a callback last (ERR_INVALID_ARG_TYPE) and at least two
// streams (ERR_MISSING_ARGS).
require('../common');
const assert = require('assert');
const { Readable, Writable, pipeline } = require('stream');

assert.throws(() => pipeline(new Readable(), new Writable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "streams[stream.length - 1]" property must be of type function. ' +
           'Received an instance of Writable',
});
assert.throws(() => pipeline(), { code: 'ERR_INVALID_ARG_TYPE' });
for (const args of [[], [new Readable()], [[new Readable()]]]) {
  assert.throws(() => pipeline(...args, () => {}), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "streams" argument must be specified',
  });
}
