'use strict';
// Removing the last listener of a signal restores its default action: a
// child that handled SIGTERM once, then removed the listener, dies of the
// second SIGTERM (status null, signal 'SIGTERM').
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const result = spawnSync(process.execPath, ['-e', `
  function onTerm() {
    console.log('handled');
    process.removeListener('SIGTERM', onTerm);
    process.kill(process.pid, 'SIGTERM');
  }
  process.on('SIGTERM', onTerm);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => console.log('still alive'), 10000);
`], { encoding: 'utf8' });
assert.strictEqual(result.stdout, 'handled\n');
assert.strictEqual(result.status, null);
assert.strictEqual(result.signal, 'SIGTERM');
