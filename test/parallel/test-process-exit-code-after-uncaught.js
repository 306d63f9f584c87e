'use strict';
// After an uncaught exception the process exits with 1, unless an 'exit'
// listener sets process.exitCode to something else — 0 included.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(source) {
  return spawnSync(process.execPath, ['-e', source], { encoding: 'utf8' });
}

const plain = run("throw new Error('boom')");
assert.strictEqual(plain.status, 1);
assert.match(plain.stderr, /Error: boom/);

for (const code of [0, 5]) {
  const child = run(`process.on('exit', (c) => {
    if (c !== 1 || process.exitCode !== 1) process.abort();
    process.exitCode = ${code};
  });
  throw new Error('boom');`);
  assert.strictEqual(child.status, code, child.stderr);
  assert.match(child.stderr, /Error: boom/);
}

// process._fatalException is what handles the error; a program that
// removes it gets the plain report and exit code 6.
assert.strictEqual(typeof process._fatalException, 'function');
const removed = run("process._fatalException = undefined; throw new Error('x')");
assert.strictEqual(removed.status, 6);
assert.match(removed.stderr, /Error: x/);

// An 'uncaughtException' listener that throws: that error is reported as
// any uncaught one (its own properties too), no 'exit' event, code 7.
const rethrown = run(`
  process.on('exit', () => console.log('exit event'));
  process.on('uncaughtException', (err) => { err.again = true; throw err; });
  throw new Error('boom');`);
assert.strictEqual(rethrown.status, 7);
assert.strictEqual(rethrown.stdout, '');
assert.match(rethrown.stderr, /Error: boom\n {4}at /);
assert.match(rethrown.stderr, /again: true/);
