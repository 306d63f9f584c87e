'use strict';
// 3 MiB into cat's stdin and back out of its stdout: backpressure on both
// pipes, every byte in order, then exit 0 and close.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const size = 3 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = (i * 13) & 0xff;

const child = spawn('cat');
const chunks = [];
child.stdout.on('data', (d) => chunks.push(d));
let written = 0;
const chunk = 64 * 1024;
function writeMore() {
  while (written < size) {
    const ok = child.stdin.write(payload.subarray(written, written + chunk));
    written += chunk;
    if (!ok) return child.stdin.once('drain', writeMore);
  }
  child.stdin.end();
}
writeMore();
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  const got = Buffer.concat(chunks);
  assert.strictEqual(got.length, size);
  assert.ok(got.equals(payload));
}));
