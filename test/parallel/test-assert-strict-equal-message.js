'use strict';
// strictEqual: short primitives as `a !== b`, longer ones as a diff with a
// caret, objects as not reference-equal.
require('../common');
const assert = require('assert');

assert.strictEqual(NaN, NaN);
assert.throws(() => assert.strictEqual(1, 2), {
  code: 'ERR_ASSERTION',
  operator: 'strictEqual',
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
});
assert.throws(() => assert.strictEqual(0, -0), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0',
});
assert.throws(() => assert.strictEqual('string a', 'string b'), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
    "+ 'string a'\n- 'string b'\n          ^",
});
assert.throws(() => assert.strictEqual({ a: 1 }, { a: 1 }), {
  message: 'Values have same structure but are not reference-equal:\n\n' +
    '{\n  a: 1\n}\n',
});
assert.throws(() => assert.strictEqual([1], [2]), {
  message: 'Expected "actual" to be reference-equal to "expected":\n' +
    '+ actual - expected\n\n  [\n+   1\n-   2\n  ]',
});
// A custom message replaces the header of the comparison.
assert.throws(() => assert.strictEqual(1, 2, 'custom'), {
  message: 'custom\n\n1 !== 2\n',
  generatedMessage: false,
});
