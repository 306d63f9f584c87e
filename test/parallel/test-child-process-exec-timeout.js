'use strict';
// exec with timeout: the child is killed with killSignal; the error says
// killed: true and the signal, code null.
const common = require('../common');
const assert = require('assert');
const { exec } = require('child_process');

exec('sleep 30', { timeout: 50 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.message, 'Command failed: sleep 30\n');
}));

exec('sleep 30', { timeout: 50, killSignal: 'SIGKILL' }, common.mustCall((err) => {
  assert.strictEqual(err.signal, 'SIGKILL');
}));

assert.throws(() => exec('true', { timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "timeout" is out of range. It must be an unsigned ' +
    'integer. Received -1',
});
