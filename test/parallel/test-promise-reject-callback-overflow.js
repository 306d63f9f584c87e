'use strict';
// When the runtime's own promise-rejection bookkeeping cannot run (here: the
// stack is exhausted by an async recursion), the failure is printed to
// stderr as node prints it, and the program goes on: it catches its
// RangeError and exits 0.
const common = require('../common');
const assert = require('assert');

if (process.argv[2] === 'child') {
  async function recurse() {
    await recurse();
  }
  recurse().catch((err) => {
    console.log(`${err.name}: ${err.message}`);
  });
  return;
}

const child = common.spawnSelf([__filename, 'child']);
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stdout,
                   'RangeError: Maximum call stack size exceeded\n');
assert.ok(child.stderr.startsWith('Exception in PromiseRejectCallback:\n'),
          child.stderr);
