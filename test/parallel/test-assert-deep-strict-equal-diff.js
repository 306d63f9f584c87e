'use strict';
// deepStrictEqual's diff: changed lines as +/-, identical context, long
// runs of identical lines elided.
require('../common');
const assert = require('assert');

assert.throws(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }), {
  code: 'ERR_ASSERTION',
  operator: 'deepStrictEqual',
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }',
});
const big = Array.from({ length: 20 }, (_, i) => i);
const changed = [...big];
changed[10] = 'x';
assert.throws(() => assert.deepStrictEqual(big, changed), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected' +
    ' ... Lines skipped\n\n  [\n    0,\n...\n    8,\n    9,\n' +
    "+   10,\n-   'x',\n    11,\n...\n    18,\n    19\n  ]",
});
assert.throws(() => assert.deepStrictEqual([1, 2], [1, 2, 3]), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  [\n    1,\n    2,\n-   3\n  ]',
});
assert.throws(() => assert.deepStrictEqual({ a: Symbol('s') }, { a: Symbol('s') }), {
  message: 'Values have same structure but are not reference-equal:\n\n' +
    '{\n  a: Symbol(s)\n}\n',
});
