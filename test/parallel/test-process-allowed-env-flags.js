'use strict';
// process.allowedNodeEnvironmentFlags: a frozen Set of what NODE_OPTIONS
// takes; has() accepts node's spellings; changes are ignored.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const flags = process.allowedNodeEnvironmentFlags;
assert.ok(flags instanceof Set);
assert.strictEqual(Object.isFrozen(flags), true);
for (const flag of ['--require', '-r', 'r', '--no-warnings', '--warnings',
  'no_warnings', '--stack-trace-limit=5', '--max-old-space-size',
  '--enable-source-maps', '--conditions', '-C']) {
  assert.strictEqual(flags.has(flag), true, flag);
}
for (const flag of ['--eval', '-e', '--print', '--check', '--R', '---require',
  'REQUIRE', '--no-such-option', 42]) {
  assert.strictEqual(flags.has(flag), false, flag);
}
const size = flags.size;
assert.ok(size > 50);
for (const flag of flags) assert.strictEqual(flags.has(flag), true, flag);
flags.add('--mine');
Set.prototype.add.call(flags, '--mine');
assert.strictEqual(flags.has('--mine'), false);
flags.clear();
flags.delete('-r');
Set.prototype.clear.call(flags);
assert.strictEqual(flags.size, size);
for (const flag of flags) assert.match(flag, /^--?[a-zA-Z0-9._-]+$/);

// Every listed option is accepted in NODE_OPTIONS (values aside).
const run = spawnSync(process.execPath, ['-p', '1'], {
  env: { ...process.env, NODE_OPTIONS: '--no-warnings -r assert' },
  encoding: 'utf8',
});
assert.strictEqual(run.stdout, '1\n');
