'use strict';
// execSync/execFileSync return stdout, and throw node's error on a
// non-zero exit: 'Command failed: <cmd>' plus stderr, with status,
// signal, stdout and stderr on it.
require('../common');
const assert = require('assert');
const { execSync, execFileSync } = require('child_process');

assert.strictEqual(execSync('echo ok').toString(), 'ok\n');
assert.strictEqual(execSync('echo ok', { encoding: 'utf8' }), 'ok\n');
assert.strictEqual(execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }),
                   'a b\n');

assert.throws(() => execSync('echo oops >&2; exit 4', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message,
                     'Command failed: echo oops >&2; exit 4\noops\n');
  assert.strictEqual(err.status, 4);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stderr.toString(), 'oops\n');
  assert.strictEqual(err.stdout.length, 0);
  assert.ok(err.pid > 0);
  return true;
});

assert.throws(() => execFileSync('/bin/sh', ['-c', 'exit 2'], { stdio: 'pipe' }), {
  message: 'Command failed: /bin/sh -c exit 2',
  status: 2,
});

assert.throws(() => execFileSync('/bin/sh', ['-c', 'kill -TERM $$']), {
  status: null,
  signal: 'SIGTERM',
});
