'use strict';
// process.exitCode accepts integers (and integer strings), rejects the rest.
require('../common');
const assert = require('assert');

for (const good of [0, 1, 255, '2', undefined, null]) {
  process.exitCode = good;
  assert.strictEqual(process.exitCode, good);
}
assert.throws(() => { process.exitCode = 1.5; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "code" is out of range. It must be an integer. ' +
    'Received 1.5',
});
assert.throws(() => { process.exitCode = 'a'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => { process.exitCode = {}; }, { code: 'ERR_INVALID_ARG_TYPE' });
process.exitCode = 0;
