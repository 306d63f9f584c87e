'use strict';
// AbortSignal accessors need an AbortSignal receiver.
require('../common');
const assert = require('assert');

const { get: aborted } = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted');
const { get: reason } = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason');
for (const getter of [aborted, reason]) {
  assert.throws(() => getter.call({}), {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type AbortSignal',
  });
}
assert.throws(() => AbortSignal.prototype.throwIfAborted.call(new EventTarget()), {
  code: 'ERR_INVALID_THIS',
});
