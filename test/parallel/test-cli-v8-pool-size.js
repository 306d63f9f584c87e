'use strict';
// --v8-pool-size sets how many threads V8 gets for its background work (0:
// one per CPU but one); the option also works in NODE_OPTIONS, and code
// that needs those threads (WebAssembly compilation) still completes.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const threads = `
  const count = require('fs').readdirSync('/proc/self/task').length;
  WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
    .then(() => console.log(count));`;

function threadCount(args, env = process.env) {
  const result = spawnSync(process.execPath, [...args, '-e', threads],
                           { encoding: 'utf8', env });
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.status, 0);
  return Number(result.stdout);
}

const one = threadCount(['--v8-pool-size=1']);
const three = threadCount(['--v8-pool-size=3']);
assert.strictEqual(three - one, 2);
assert.strictEqual(
  threadCount([], { ...process.env, NODE_OPTIONS: '--v8-pool-size=3' }),
  three);
assert.ok(threadCount(['--v8-pool-size=0']) >= one);
assert.ok(process.allowedNodeEnvironmentFlags.has('--v8-pool-size'));
