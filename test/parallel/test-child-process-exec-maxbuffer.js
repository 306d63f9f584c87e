'use strict';
// More output than maxBuffer: the child is killed and the callback gets
// ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut at maxBuffer.
const common = require('../common');
const assert = require('assert');
const { exec } = require('child_process');

exec('yes | head -c 100000', { maxBuffer: 1000 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout.length, 1000);
  assert.strictEqual(stdout, 'y\n'.repeat(500));
}));

exec('echo 12345678 >&2', { maxBuffer: 4 }, common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
  assert.strictEqual(stderr, '1234');
}));

assert.throws(() => exec('true', { maxBuffer: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
});
