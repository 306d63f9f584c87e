'use strict';
// --trace-uncaught: the report of an uncaught exception ends with where it
// was thrown ("Thrown at:" and the frames), for errors and for any other
// value (which otherwise get a hint about the option).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args) {
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

for (const value of ['null', 'undefined', '42', '{ a: 1 }']) {
  const traced = run(['--trace-uncaught', '-e', `throw ${value};`]);
  assert.strictEqual(traced.status, 1);
  assert.match(traced.stderr, /^Thrown at:\n {4}at \[eval\]:1:1$/m);
  assert.doesNotMatch(traced.stderr, /--trace-uncaught/);
}

const plain = run(['-e', 'throw null;']);
assert.doesNotMatch(plain.stderr, /Thrown at:/);
assert.match(plain.stderr,
             /^\(Use `\S+ --trace-uncaught \.\.\.` to show where the exception was thrown\)$/m);

const error = run(['--trace-uncaught', '-e',
                   'function thrower() { throw new Error("x"); }\nthrower();']);
assert.match(error.stderr, /^Error: x\n/m);
assert.match(error.stderr,
             /^Thrown at:\n {4}at thrower \(\[eval\]:1:28\)\n {4}at \[eval\]:2:1$/m);

// A value whose getters throw is still reported, with where it was thrown.
const getters = run(['--trace-uncaught', '-e',
                     'throw { get stack() { throw new Error("s"); } };']);
assert.strictEqual(getters.status, 1);
assert.match(getters.stderr, /^Thrown at:\n {4}at \[eval\]:1:1$/m);
