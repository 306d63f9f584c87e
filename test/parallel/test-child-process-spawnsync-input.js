'use strict';
// spawnSync feeds `input` (string, Buffer or typed array) to the child's
// stdin and collects stdout/stderr; output[0] is null; status is the exit
// code.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const text = spawnSync('cat', { input: 'hello\n' });
assert.strictEqual(text.status, 0);
assert.strictEqual(text.signal, null);
assert.ok(Buffer.isBuffer(text.stdout));
assert.strictEqual(text.stdout.toString(), 'hello\n');
assert.strictEqual(text.output[0], null);
assert.strictEqual(text.output[1], text.stdout);
assert.strictEqual(text.output[2], text.stderr);

const big = Buffer.alloc(2 * 1024 * 1024, 'z');
const bytes = spawnSync('cat', { input: big, maxBuffer: 4 * 1024 * 1024 });
assert.ok(bytes.stdout.equals(big));

const typed = spawnSync('od', ['-An', '-tu1'], { input: new Uint8Array([7, 9]),
                                                 encoding: 'utf8' });
assert.deepStrictEqual(typed.stdout.trim().split(/\s+/), ['7', '9']);

const failing = spawnSync('/bin/sh', ['-c', 'echo e >&2; exit 9'],
                          { encoding: 'utf8' });
assert.strictEqual(failing.status, 9);
assert.strictEqual(failing.stderr, 'e\n');
assert.throws(() => spawnSync('cat', { input: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
