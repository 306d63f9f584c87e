'use strict';
// notStrictEqual's messages.
require('../common');
const assert = require('assert');

assert.notStrictEqual(1, '1');
assert.throws(() => assert.notStrictEqual(1, 1), {
  code: 'ERR_ASSERTION',
  operator: 'notStrictEqual',
  message: 'Expected "actual" to be strictly unequal to: 1',
});
assert.throws(() => assert.notStrictEqual('longer', 'longer'), {
  message: "Expected \"actual\" to be strictly unequal to:\n\n'longer'",
});
const obj = { a: 1 };
assert.throws(() => assert.notStrictEqual(obj, obj), {
  message: 'Expected "actual" not to be reference-equal to "expected":\n\n' +
    '{\n  a: 1\n}\n',
});
