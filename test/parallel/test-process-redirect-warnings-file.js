'use strict';
// --redirect-warnings=FILE and NODE_REDIRECT_WARNINGS append warnings to a
// file instead of stderr, with node's `(node:PID)` prefix; without them a
// warning is one write to process.stderr.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const code = "process.emitWarning('first'); process.emitWarning('second')";

const byFlag = path.join(tmpdir.path, 'flag.txt');
fs.writeFileSync(byFlag, 'before\n');
let run = spawnSync(process.execPath,
                    [`--redirect-warnings=${byFlag}`, '-e', code]);
assert.strictEqual(run.status, 0);
assert.strictEqual(run.stderr.toString(), '');
const lines = fs.readFileSync(byFlag, 'utf8').split('\n');
assert.strictEqual(lines[0], 'before');
assert.match(lines[1], /^\(node:\d+\) Warning: first$/);
assert.match(lines[2], /^\(Use `\S+ --trace-warnings \.\.\.` to show where/);
assert.match(lines[3], /^\(node:\d+\) Warning: second$/);

const byEnv = path.join(tmpdir.path, 'env.txt');
run = spawnSync(process.execPath, ['-e', code],
                { env: { ...process.env, NODE_REDIRECT_WARNINGS: byEnv } });
assert.strictEqual(run.stderr.toString(), '');
assert.match(fs.readFileSync(byEnv, 'utf8'), /Warning: first\n/);

// A file that cannot be opened: the warning goes to stderr after all.
run = spawnSync(process.execPath, [
  `--redirect-warnings=${path.join(tmpdir.path, 'no', 'such', 'dir')}`,
  '-e', code]);
assert.match(run.stderr.toString(), /^\(node:\d+\) Warning: first\n/);

// In-process: one stderr write per warning, through the console.
const writes = [];
process.stderr.write = (chunk) => writes.push(String(chunk));
process.on('warning', common.mustCall(() => {
  assert.strictEqual(writes.length, 1);
  assert.match(writes[0], /^\(node:\d+\) Warning: here\n\(Use `/);
}));
process.emitWarning('here');
