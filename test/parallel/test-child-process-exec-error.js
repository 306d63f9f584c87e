'use strict';
// exec: success gives (null, stdout, stderr) as strings; a non-zero exit
// gives node's 'Command failed: <cmd>\n<stderr>' error with code, killed,
// signal and cmd; encoding 'buffer' gives Buffers.
const common = require('../common');
const assert = require('assert');
const { exec, execFile } = require('child_process');

exec('echo hello; echo warn >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'hello\n');
  assert.strictEqual(stderr, 'warn\n');
}));

exec('echo partial; echo bad >&2; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message,
                     'Command failed: echo partial; echo bad >&2; exit 3\nbad\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo partial; echo bad >&2; exit 3');
  assert.strictEqual(stdout, 'partial\n');
  assert.strictEqual(stderr, 'bad\n');
}));

execFile('/bin/sh', ['-c', 'printf "\\001\\002"'], { encoding: 'buffer' },
         common.mustSucceed((stdout, stderr) => {
           assert.ok(Buffer.isBuffer(stdout));
           assert.deepStrictEqual([...stdout], [1, 2]);
           assert.strictEqual(stderr.length, 0);
         }));

execFile('nodus-no-such-command', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.cmd, 'nodus-no-such-command');
}));
