'use strict';
// finished() validates its arguments with node's error codes.
require('../common');
const assert = require('assert');
const { Readable, finished } = require('stream');

assert.throws(() => finished(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "stream" argument must be an instance of ReadableStream, ' +
           'WritableStream, or Stream. Received type number (5)',
});
assert.throws(() => finished(new Readable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => finished(new Readable(), 5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => finished(new Readable(), { signal: 5 }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received type number (5)',
});
