'use strict';
// kill() sends SIGTERM by default and returns true; the child's 'exit'
// reports (null, 'SIGTERM'), killed is true; names and numbers both work,
// a bad name throws ERR_UNKNOWN_SIGNAL.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const a = spawn('sleep', ['30']);
assert.strictEqual(a.killed, false);
assert.throws(() => a.kill('SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE',
});
assert.strictEqual(a.kill(), true);
assert.strictEqual(a.killed, true);
a.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(a.signalCode, 'SIGTERM');
  assert.strictEqual(a.exitCode, null);
  // After the exit there is nothing left to signal.
  assert.strictEqual(a.kill(), false);
}));

const b = spawn('sleep', ['30']);
b.on('spawn', common.mustCall(() => assert.strictEqual(b.kill(9), true)));
b.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
}));
