'use strict';
// The exit code of a file of tests and of `--test`: 1 when a test fails or
// is cancelled, 0 otherwise (failing todo tests included).
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { spawnSync } = require('child_process');

function runNode(args) {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const dir = (name) => fixtures.path('test-runner', 'run', name);

assert.strictEqual(runNode([dir('pass.js')]).status, 0);
assert.strictEqual(runNode([dir('fail.js')]).status, 1);
const todo = runNode([dir('todo-fail.js')]);
assert.strictEqual(todo.status, 0);
assert.match(todo.stdout, /# todo 2\n/);
assert.match(todo.stdout, /# fail 0\n/);

assert.strictEqual(runNode(['--test', dir('pass.js')]).status, 0);
const both = runNode(['--test', dir('pass.js'), dir('fail.js')]);
assert.strictEqual(both.status, 1);
assert.match(both.stdout, /^TAP version 13\n/);
assert.match(both.stdout, /\n# printed by fail\.js\n/);
assert.match(both.stdout, /\n1\.\.4\n# tests 5\n/);
assert.strictEqual(runNode(['--test', dir('todo-fail.js')]).status, 0);

// --test-force-exit ends a file whose tests are done but whose event loop
// is still busy.
const forced = runNode(['--test-force-exit', '--test-timeout=60000', dir('pass.js')]);
assert.strictEqual(forced.status, 0);

// A missing path.
const missing = runNode(['--test', dir('no-such-file.js')]);
assert.strictEqual(missing.status, 1);
assert.strictEqual(missing.stderr, `Could not find '${dir('no-such-file.js')}'\n`);
assert.strictEqual(missing.stdout, '');

// Reporters and destinations come in pairs.
const unpaired = runNode(['--test', '--test-reporter', 'dot', '--test-reporter', 'tap',
                          dir('pass.js')]);
assert.notStrictEqual(unpaired.status, 0);
assert.match(unpaired.stderr, /The argument '--test-reporter' must match the number of specified '--test-reporter-destination'\. Received \[ 'dot', 'tap' \]/);
