'use strict';
// console.log / console.error / process.stdout.write in a worker reach the
// parent's stdout/stderr completely and in the worker's own order, even when
// the worker ends right after writing with process.exit(5) (which becomes the
// child's exit status). Checked by running a child process of this runtime
// and comparing its whole output.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const LINES = 2000;

if (process.argv[2] === 'child') {
  const w = new Worker(`
    for (let i = 0; i < ${LINES}; i++) {
      if (i % 2) console.log('line %d', i);
      else process.stdout.write('write ' + i + '\\n');
      if (i % 500 === 0) console.error('err ' + i);
    }
    process.stdout.write('big:' + 'x'.repeat(100000) + '\\n');
    console.log('last', { a: 1 });
    process.exit(5);
  `, { eval: true });
  // (The parent's own writes are not ordered against the worker's output.)
  w.on('exit', (code) => { process.exitCode = code; });
  return;
}

const r = common.spawnSelf([__filename, 'child'], { timeout: 60000,
                                                    maxBuffer: 1 << 24 });
assert.strictEqual(r.signal, null);
assert.strictEqual(r.status, 5, r.stderr);

let expected = '';
for (let i = 0; i < LINES; i++) {
  expected += i % 2 ? `line ${i}\n` : `write ${i}\n`;
}
expected += 'big:' + 'x'.repeat(100000) + '\n';
expected += 'last { a: 1 }\n';
if (r.stdout !== expected) {
  let i = 0;
  while (r.stdout[i] === expected[i]) i++;
  assert.fail(`stdout differs at offset ${i} (length ${r.stdout.length}, ` +
              `expected ${expected.length}): ` +
              `${JSON.stringify(r.stdout.slice(Math.max(0, i - 40), i + 40))} vs ` +
              `${JSON.stringify(expected.slice(Math.max(0, i - 40), i + 40))}`);
}
assert.strictEqual(r.stderr, 'err 0\nerr 500\nerr 1000\nerr 1500\n');
