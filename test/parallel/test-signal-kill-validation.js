'use strict';
// process.kill: names and numbers, signal 0 probes, ERR_UNKNOWN_SIGNAL for
// bad names, ERR_INVALID_ARG_TYPE for a bad pid, ESRCH for a missing one.
require('../common');
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill(process.pid, 'SIGNOTHING'), {
  code: 'ERR_UNKNOWN_SIGNAL',
  name: 'TypeError',
  message: 'Unknown signal: SIGNOTHING',
});
assert.throws(() => process.kill('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type ' +
    "string ('x')",
});
// The largest pid Linux hands out is 2^22: this one does not exist.
assert.throws(() => process.kill(2 ** 22 + 1, 0), {
  code: 'ESRCH', syscall: 'kill', message: 'kill ESRCH', errno: -3,
});
