'use strict';
// process.kill() validates, maps the signal name to its number, and sends
// it through process._kill (which a program may replace); an error number
// from it becomes node's ErrnoException.
require('../common');
const assert = require('assert');
const os = require('os');

const calls = [];
const original = process._kill;
assert.strictEqual(typeof original, 'function');
process._kill = (pid, signal) => { calls.push([pid, signal]); return 0; };
assert.strictEqual(process.kill(0), true);
assert.strictEqual(process.kill(String(process.pid), 'SIGHUP'), true);
assert.strictEqual(process.kill(process.pid, 0), true);
assert.deepStrictEqual(calls, [
  [0, os.constants.signals.SIGTERM],
  [String(process.pid), os.constants.signals.SIGHUP],
  [process.pid, 0],
]);
process._kill = () => -os.constants.errno.EPERM;
assert.throws(() => process.kill(1), {
  code: 'EPERM', syscall: 'kill', message: 'kill EPERM',
});
process._kill = original;

for (const pid of ['SIGTERM', null, undefined, NaN, Infinity]) {
  assert.throws(() => process.kill(pid), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => process.kill(0, 'SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE',
});
assert.throws(() => process.kill(process.pid, 987), {
  code: 'EINVAL', message: 'kill EINVAL',
});
// Signal 0 checks that the process exists.
assert.strictEqual(process.kill(process.pid, 0), true);
