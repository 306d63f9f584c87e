'use strict';
// With --zero-fill-buffers, Buffer.allocUnsafe and allocUnsafeSlow return
// zeroed memory (checked in a child run with the flag).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  // Dirty some memory first so that reused blocks would show.
  for (let i = 0; i < 50; i++) Buffer.allocUnsafe(4096).fill(0xff);
  const fast = Buffer.allocUnsafe(4096);
  const slow = Buffer.allocUnsafeSlow(1 << 20);
  console.log(fast.every((b) => b === 0) && slow.every((b) => b === 0));
  return;
}
const child = spawnSync(process.execPath,
                        ['--zero-fill-buffers', __filename, 'child'],
                        { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout.trim(), 'true');

