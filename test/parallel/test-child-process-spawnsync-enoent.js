'use strict';
// spawnSync of a missing command: the error is in result.error (ENOENT,
// 'spawnSync <file> ENOENT'), status/signal/output null, pid 0;
// execFileSync throws it.
require('../common');
const assert = require('assert');
const { spawnSync, execFileSync } = require('child_process');

const result = spawnSync('nodus-no-such-command', ['x']);
assert.deepStrictEqual(Object.keys(result),
                       ['error', 'status', 'signal', 'output', 'pid',
                        'stdout', 'stderr']);
assert.strictEqual(result.error.message, 'spawnSync nodus-no-such-command ENOENT');
assert.strictEqual(result.error.code, 'ENOENT');
assert.strictEqual(result.error.errno, -2);
assert.strictEqual(result.error.syscall, 'spawnSync nodus-no-such-command');
assert.strictEqual(result.error.path, 'nodus-no-such-command');
assert.deepStrictEqual(result.error.spawnargs, ['x']);
assert.strictEqual(result.status, null);
assert.strictEqual(result.signal, null);
assert.strictEqual(result.output, null);
assert.strictEqual(result.pid, 0);
assert.strictEqual(result.stdout, null);

assert.throws(() => execFileSync('nodus-no-such-command'), {
  code: 'ENOENT',
  message: 'spawnSync nodus-no-such-command ENOENT',
});
