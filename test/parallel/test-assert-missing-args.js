'use strict';
// The comparison methods need both actual and expected.
require('../common');
const assert = require('assert');

for (const name of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual',
                    'strictEqual', 'notStrictEqual', 'deepStrictEqual',
                    'notDeepStrictEqual']) {
  assert.throws(() => assert[name](1), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}
// An explicit undefined counts.
assert.strictEqual(undefined, undefined);
