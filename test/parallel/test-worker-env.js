'use strict';
// options.env: by default the worker gets a copy of the parent's process.env
// taken at construction; with an object it gets exactly that object's entries
// (stringified); with SHARE_ENV both threads use one environment.
const common = require('../common');
const assert = require('assert');
const { Worker, SHARE_ENV } = require('worker_threads');

assert.strictEqual(typeof SHARE_ENV, 'symbol');
assert.strictEqual(SHARE_ENV.description, 'nodejs.worker_threads.SHARE_ENV');

function run(code, options, onMessage, onExit) {
  const w = new Worker(code, { eval: true, ...options });
  w.on('message', common.mustCall(onMessage));
  w.on('exit', common.mustCall((c) => {
    assert.strictEqual(c, 0);
    if (onExit) onExit();
  }));
  return w;
}

const report = `
  const { parentPort } = require('worker_threads');
  parentPort.postMessage({
    a: process.env.NODUS_TEST_A,
    b: process.env.NODUS_TEST_B,
    hasA: 'NODUS_TEST_A' in process.env,
    keys: Object.keys(process.env).filter((k) => k.startsWith('NODUS_TEST_')).sort(),
  });
  process.env.NODUS_TEST_FROM_WORKER = 'w';
  delete process.env.NODUS_TEST_A;
`;

// Default: a copy. Changes made by the parent after the Worker is created
// and changes made by the worker are not seen on the other side.
process.env.NODUS_TEST_A = 'parent-a';
const copied = run(report, {}, (m) => {
  assert.deepStrictEqual(m, {
    a: 'parent-a', b: undefined, hasA: true, keys: ['NODUS_TEST_A'],
  });
}, () => {
  assert.strictEqual(process.env.NODUS_TEST_FROM_WORKER, undefined);
  assert.strictEqual(process.env.NODUS_TEST_A, 'parent-a');

  // An object: exactly its entries, values converted to strings.
  run(report, { env: { NODUS_TEST_B: 5, OTHER: 'x' } }, (m) => {
    assert.deepStrictEqual(m, {
      a: undefined, b: '5', hasA: false, keys: ['NODUS_TEST_B'],
    });
  }, () => {
    assert.strictEqual(process.env.NODUS_TEST_FROM_WORKER, undefined);
    assert.strictEqual(process.env.NODUS_TEST_B, undefined);
    shared();
  });
});
// Set after construction: not in the copy.
process.env.NODUS_TEST_LATE = 'late';
assert.ok(copied);

function shared() {
  delete process.env.NODUS_TEST_LATE;
  // SHARE_ENV: the worker sees the parent's current values and the parent
  // sees the worker's changes.
  process.env.NODUS_TEST_A = 'shared-a';
  const code = `
    const { parentPort } = require('worker_threads');
    parentPort.once('message', () => {
      parentPort.postMessage(process.env.NODUS_TEST_SET_LATER);
      process.env.NODUS_TEST_FROM_WORKER = 'w';
      delete process.env.NODUS_TEST_A;
      parentPort.postMessage('done');
    });
    parentPort.postMessage(process.env.NODUS_TEST_A);
  `;
  const seen = [];
  const w = new Worker(code, { eval: true, env: SHARE_ENV });
  w.on('message', common.mustCall((m) => {
    seen.push(m);
    if (seen.length === 1) {
      process.env.NODUS_TEST_SET_LATER = 'later';
      w.postMessage('go');
    }
  }, 3));
  w.on('exit', common.mustCall((c) => {
    assert.strictEqual(c, 0);
    assert.deepStrictEqual(seen, ['shared-a', 'later', 'done']);
    assert.strictEqual(process.env.NODUS_TEST_FROM_WORKER, 'w');
    assert.strictEqual('NODUS_TEST_A' in process.env, false);
  }));
}
