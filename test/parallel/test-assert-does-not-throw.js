'use strict';
// assert.doesNotThrow(): fails for a (matching) error, rethrows others.
require('../common');
const assert = require('assert');

assert.doesNotThrow(() => {});
assert.throws(() => assert.doesNotThrow(() => { throw new Error('boom'); }), {
  code: 'ERR_ASSERTION',
  operator: 'doesNotThrow',
  message: 'Got unwanted exception.\nActual message: "boom"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new Error('boom'); }, 'text'), {
  message: 'Got unwanted exception: text\nActual message: "boom"',
});
assert.throws(() => assert.doesNotThrow(() => { throw new TypeError('t'); }, TypeError), {
  code: 'ERR_ASSERTION',
});
// A non-matching error is rethrown as it is.
const range = new RangeError('r');
assert.throws(() => assert.doesNotThrow(() => { throw range; }, TypeError),
              (err) => err === range);
assert.throws(() => assert.doesNotThrow(() => { throw range; }, /nomatch/),
              (err) => err === range);
assert.throws(() => assert.doesNotThrow(() => { throw range; }, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type function or an instance ' +
    'of RegExp. Received an instance of Object',
});
