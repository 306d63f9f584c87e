'use strict';
// Function stages must return iterables (ERR_INVALID_RETURN_VALUE): the
// source an iterable, a middle stage an async iterable, the sink an async
// iterable or a promise.
require('../common');
const assert = require('assert');
const { Readable, Writable, pipeline } = require('stream');

assert.throws(() => pipeline(() => 5, new Writable(), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  name: 'TypeError',
  message: 'Expected Iterable, AsyncIterable or Stream to be returned from ' +
           'the "source" function but got type number (5).',
});
assert.throws(() => pipeline(Readable.from([1]), () => 5, new Writable(), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected AsyncIterable to be returned from the "transform[0]" ' +
           'function but got type number (5).',
});
assert.throws(() => pipeline(Readable.from([1]), () => 5, () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
  message: 'Expected AsyncIterable or Promise to be returned from the ' +
           '"destination" function but got type number (5).',
});
