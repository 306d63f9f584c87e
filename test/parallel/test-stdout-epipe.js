'use strict';
// A stdout pipe whose reader went away (`| head -1`): the write fails with
// EPIPE, which is an uncaught 'error' (exit 1) unless the program listens
// for it; console.log swallows it (a program that only logs ends with 0).
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  const mode = process.argv[3];
  if (mode === 'listener') {
    process.stdout.on('error', common.mustCall((err) => {
      console.error('caught', err.code, err.syscall);
      process.exit(7);
    }));
  }
  // Once the parent has closed its end, it says so on stdin.
  process.stdout.write('first\n');
  process.stdin.once('data', () => {
    process.stdin.pause();
    for (let i = 0; i < 100; i++) {
      if (mode === 'console') console.log('line', i);
      else process.stdout.write(`line ${i}\n`);
    }
  });
  return;
}

function run(mode, check) {
  const child = spawn(process.execPath, [__filename, 'child', mode]);
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { err += d; });
  child.stdout.once('data', common.mustCall(() => {
    child.stdout.destroy();
    child.stdin.end('go\n');
  }));
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(signal, null);
    check(code, err);
  }));
}

run('write', (code, err) => {
  assert.strictEqual(code, 1);
  assert.match(err, /Error: write EPIPE/);
  assert.match(err, /code: 'EPIPE'/);
  assert.match(err, /syscall: 'write'/);
});
run('listener', (code, err) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(err, 'caught EPIPE write\n');
});
run('console', (code, err) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(err, '');
});
