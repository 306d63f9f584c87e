'use strict';
// After disconnect(): connected is false, send() reports
// ERR_IPC_CHANNEL_CLOSED (to the callback, or as 'error'), and a second
// disconnect() emits ERR_IPC_DISCONNECTED.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('disconnect', () => {});
  return;
}

const child = fork(__filename, ['child']);
child.disconnect();
assert.strictEqual(child.connected, false);
assert.strictEqual(child.send('x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  assert.strictEqual(err.message, 'Channel closed');
})), false);
const errors = [];
child.on('error', (err) => errors.push(err.code));
child.send('y');
child.disconnect();
child.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(errors.sort(),
                         ['ERR_IPC_CHANNEL_CLOSED', 'ERR_IPC_DISCONNECTED']);
}));
