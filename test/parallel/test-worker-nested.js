'use strict';
// A worker can start workers: three levels deep, each level's messages are
// relayed up, each worker sees isMainThread false and its own threadId, and
// the exit codes come back up.
const common = require('../common');
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData, threadId } =
  require('worker_threads');

if (!isMainThread) {
  const depth = workerData.depth;
  parentPort.postMessage({ depth, threadId, isMainThread });
  if (depth < 3) {
    const child = new Worker(__filename, { workerData: { depth: depth + 1 } });
    child.on('message', (m) => parentPort.postMessage(m));
    child.on('exit', (code) => {
      parentPort.postMessage({ depth: depth + 1, exit: code });
      process.exit(10 + depth);
    });
  } else {
    process.exit(0);
  }
  return;
}

const w = new Worker(__filename, { workerData: { depth: 1 } });
const got = [];
w.on('message', (m) => got.push(m));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 11);
  const hello = got.filter((m) => m.exit === undefined);
  const exits = got.filter((m) => m.exit !== undefined);
  assert.deepStrictEqual(hello.map((m) => m.depth), [1, 2, 3]);
  for (const m of hello) assert.strictEqual(m.isMainThread, false);
  const ids = hello.map((m) => m.threadId);
  assert.strictEqual(new Set(ids).size, 3);
  for (const id of ids) assert.ok(id > 0);
  // Exits arrive innermost first: depth 3 exits 0, depth 2 exits 12.
  assert.deepStrictEqual(exits, [{ depth: 3, exit: 0 }, { depth: 2, exit: 12 }]);
}));
const firstId = w.threadId;
w.once('message', common.mustCall((m) => assert.strictEqual(m.threadId, firstId)));
