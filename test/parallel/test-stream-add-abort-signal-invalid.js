'use strict';
// addAbortSignal() needs an AbortSignal and a stream (ERR_INVALID_ARG_TYPE),
// and so does the signal option.
require('../common');
const assert = require('assert');
const { Readable, Duplex, addAbortSignal } = require('stream');

assert.throws(() => addAbortSignal(5, new Readable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "signal" argument must be an instance of AbortSignal. ' +
           'Received type number (5)',
});
assert.throws(() => addAbortSignal(new AbortController().signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, ' +
           'WritableStream, or Stream. Received an instance of Object',
});
assert.throws(() => new Duplex({ signal: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. ' +
           "Received type string ('x')",
});
