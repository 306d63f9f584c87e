'use strict';
// URLSearchParams methods check their receiver (ERR_INVALID_THIS) and their
// argument count (ERR_MISSING_ARGS).
require('../common');
const assert = require('assert');

const p = new URLSearchParams();
const missing = (names) => ({ code: 'ERR_MISSING_ARGS', name: 'TypeError', message: `The ${names} must be specified` });
assert.throws(() => p.append('a'), missing('"name" and "value" arguments'));
assert.throws(() => p.set('a'), missing('"name" and "value" arguments'));
assert.throws(() => p.get(), missing('"name" argument'));
assert.throws(() => p.getAll(), missing('"name" argument'));
assert.throws(() => p.has(), missing('"name" argument'));
assert.throws(() => p.delete(), missing('"name" argument'));
assert.throws(() => p.forEach(), { code: 'ERR_INVALID_ARG_TYPE', message: /"callback"/ });
const invalidThis = { code: 'ERR_INVALID_THIS', name: 'TypeError', message: 'Value of "this" must be of type URLSearchParams' };
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  assert.throws(() => URLSearchParams.prototype[name].call({}, 'a', 'b'), invalidThis, name);
}
assert.throws(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}), invalidThis);
const next = Object.getPrototypeOf(p.keys()).next;
assert.throws(() => next.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator',
});
