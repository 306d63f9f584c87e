'use strict';
// A missing command is an asynchronous 'error' (ENOENT, with path and
// spawnargs), never a throw and never 'spawn' or 'exit'; 'close' follows
// with code -2.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('nodus-no-such-command', ['a', 'b']);
let sync = true;
child.on('spawn', common.mustNotCall());
child.on('exit', common.mustNotCall());
child.on('error', common.mustCall((err) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err.message, 'spawn nodus-no-such-command ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn nodus-no-such-command');
  assert.strictEqual(err.path, 'nodus-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
  assert.strictEqual(child.pid, undefined);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
}));
sync = false;
