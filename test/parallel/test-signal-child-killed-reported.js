'use strict';
// A child killed by a signal is reported as node does: exit (null, name),
// spawnSync's signal name, exec's error.signal.
const common = require('../common');
const assert = require('assert');
const { spawn, spawnSync, exec } = require('child_process');

const child = spawn('/bin/sh', ['-c', 'kill -HUP $$']);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGHUP');
}));
const sync = spawnSync('/bin/sh', ['-c', 'kill -USR1 $$']);
assert.strictEqual(sync.status, null);
assert.strictEqual(sync.signal, 'SIGUSR1');
exec('kill -INT $$', common.mustCall((err) => {
  assert.strictEqual(err.signal, 'SIGINT');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.killed, false);
}));
