'use strict';
// --trace-exit prints a warning with the stack when process.exit() ends an
// environment (a worker's names its thread); --trace-sync-io warns about
// synchronous fs calls made after the event loop started, not before.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function stderrOf(...args) {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.strictEqual(run.stdout, '');
  return run.stderr;
}

assert.match(stderrOf('--trace-exit', '-e', 'process.exit(3)'),
             /^\(node:\d+\) WARNING: Exited the environment with code 3\n {4}at /);
assert.strictEqual(stderrOf('-e', 'process.exit(0)'), '');
assert.strictEqual(stderrOf('--trace-exit', '-e', '0'), '');
assert.match(stderrOf('--trace-exit', '-e',
                      'new (require("worker_threads").Worker)(' +
                      '"process.exit(0)", { eval: true })'),
             /^\(node:\d+, thread:1\) WARNING: Exited the environment with code 0\n/);

const late = stderrOf('--trace-sync-io', '-e',
                      'setImmediate(() => require("fs").statSync("."))');
assert.match(late, /^\(node:\d+\) WARNING: Detected use of sync API\n[^]*statSync/);
assert.strictEqual(stderrOf('--trace-sync-io', '-e', 'require("fs").statSync(".")'),
                   '');
assert.strictEqual(stderrOf('-e', 'setImmediate(() => require("fs").statSync("."))'),
                   '');
