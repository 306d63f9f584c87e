'use strict';
// spawn: 'spawn' first, then the output, 'exit' (code, signal), and 'close'
// only after 'exit' and after stdout and stderr have both ended.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const events = [];
const child = spawn('/bin/sh', ['-c', 'echo out; echo err >&2; exit 7']);
assert.strictEqual(typeof child.pid, 'number');
assert.strictEqual(child.exitCode, null);
assert.strictEqual(child.spawnfile, '/bin/sh');
assert.deepStrictEqual(child.spawnargs,
                       ['/bin/sh', '-c', 'echo out; echo err >&2; exit 7']);
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);
let out = '';
let err = '';
child.on('spawn', common.mustCall(() => events.push('spawn')));
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('end', () => events.push('stdout end'));
child.stderr.on('end', () => events.push('stderr end'));
child.on('exit', common.mustCall((code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 7);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 7);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(signal, null);
  assert.strictEqual(out, 'out\n');
  assert.strictEqual(err, 'err\n');
  assert.strictEqual(events[0], 'spawn');
  assert.deepStrictEqual(events.slice(1).sort(),
                         ['exit', 'stderr end', 'stdout end']);
}));
