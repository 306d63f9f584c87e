'use strict';
// process.kill validates pid and signal; signal 0 probes a process.
require('../common');
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.throws(() => process.kill('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type ' +
    "string ('abc')",
});
assert.throws(() => process.kill(process.pid, 'SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL',
  message: 'Unknown signal: SIGNOPE',
});
assert.throws(() => process.kill(2 ** 30, 0), {
  code: 'ESRCH', syscall: 'kill',
});
