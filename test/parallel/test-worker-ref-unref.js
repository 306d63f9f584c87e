'use strict';
// worker.unref(): a running worker does not keep the process alive, and the
// worker is simply stopped when the main thread ends. worker.ref() undoes it.
// Checked in child processes of this runtime.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

if (process.argv[2] === 'unref') {
  // A worker that would never end on its own.
  const w = new Worker('setInterval(() => {}, 1000); while (true) {}', { eval: true });
  w.unref();
  w.on('exit', common.mustNotCall());
  process.on('exit', (code) => process.stdout.write(`main exit ${code}\n`));
  return;
}

if (process.argv[2] === 'ref-again') {
  // unref() then ref(): the process waits for the worker, which exits 3.
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', () => process.exit(3));
  `, { eval: true });
  w.unref();
  w.ref();
  w.on('exit', (code) => process.stdout.write(`worker exit ${code}\n`));
  setImmediate(() => w.postMessage('go'));
  return;
}

if (process.argv[2] === 'unref-online') {
  // unref() after 'online' also lets the process end.
  const w = new Worker('setInterval(() => {}, 1000);', { eval: true });
  w.on('online', () => {
    w.unref();
    process.stdout.write('online\n');
  });
  w.on('exit', () => process.stdout.write('worker exit\n'));
  process.on('exit', (code) => process.stdout.write(`main exit ${code}\n`));
  return;
}

const run = (mode) => {
  const r = common.spawnSelf([__filename, mode], { timeout: 60000 });
  assert.strictEqual(r.signal, null, `${mode}: ${r.stderr}`);
  assert.strictEqual(r.stderr, '', `${mode}: stdout ${JSON.stringify(r.stdout)}`);
  assert.strictEqual(r.status, 0, mode);
  return r.stdout;
};

assert.strictEqual(run('unref'), 'main exit 0\n');
assert.strictEqual(run('ref-again'), 'worker exit 3\n');
assert.strictEqual(run('unref-online'), 'online\nmain exit 0\n');

// In this process: ref()/unref() return undefined and a worker's messages
// still arrive while it is unref'ed and something else keeps the loop alive.
const w = new Worker(`
  require('worker_threads').parentPort.postMessage('hi');
  setTimeout(() => {}, 100000);
`, { eval: true });
assert.strictEqual(w.unref(), undefined);
const keepAlive = setInterval(() => {}, 1000);
w.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'hi');
  assert.strictEqual(w.ref(), undefined);
  clearInterval(keepAlive);
  w.terminate().then(common.mustCall((code) => assert.strictEqual(code, 1)));
}));
