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

// Deeper still (a small V8 stack, an async function that recurses before it
// throws): each failure is reported, and nothing aborts.
if (process.argv[2] !== 'deep') {
  const deep = common.spawnSelf(['--stack-size=150',
                                 '--unhandled-rejections=none', '-e', `
    async function fn() { fn(); throw new Error(); }
    (async function() { await fn(); })();`],
                                { maxBuffer: Infinity });
  assert.strictEqual(deep.status, 0, deep.stderr.slice(0, 2000));
  assert.ok(deep.stderr.includes('Maximum call stack size exceeded'));
}
