'use strict';
// assert.throws(fn, Class) checks instanceof.
require('../common');
const assert = require('assert');

assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new TypeError('x'); }, Error);
assert.throws(() => assert.throws(() => { throw new Error('boom'); }, TypeError), {
  code: 'ERR_ASSERTION',
  operator: 'throws',
  generatedMessage: true,
  message: 'The error is expected to be an instance of "TypeError". ' +
    'Received "Error"\n\nError message:\n\nboom',
});
assert.throws(() => assert.throws(() => { throw 5; }, TypeError), {
  message: 'The error is expected to be an instance of "TypeError". Received "5"',
});
class Error2 extends Error {}
Object.defineProperty(Error2, 'name', { value: 'Error' });
assert.throws(() => assert.throws(() => { throw new Error('m'); }, Error2), {
  message: 'The error is expected to be an instance of "Error". Received an ' +
    'error with identical name but a different prototype.\n\nError message:\n\nm',
});
assert.throws(() => assert.throws(() => { throw new Error('m'); }, TypeError, 'own'), {
  message: 'own',
  generatedMessage: false,
});
