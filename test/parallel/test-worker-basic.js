'use strict';
// A Worker runs a file (path or file: URL) or eval code; in the worker,
// isMainThread is false, parentPort, workerData and threadId are set, and the
// parent sees 'online', then the messages, then 'exit' with code 0.
const common = require('../common');
const assert = require('assert');
const { pathToFileURL } = require('url');
const {
  Worker, isMainThread, parentPort, workerData, threadId,
} = require('worker_threads');

if (!isMainThread) {
  assert.notStrictEqual(parentPort, null);
  assert.strictEqual(typeof threadId, 'number');
  assert.ok(threadId > 0);
  parentPort.postMessage({
    isMainThread,
    workerData,
    threadId,
    sameRequire: require('worker_threads').workerData === workerData,
  });
  parentPort.postMessage('second');
  return;
}

assert.strictEqual(isMainThread, true);
assert.strictEqual(parentPort, null);
assert.strictEqual(workerData, null);
assert.strictEqual(threadId, 0);

function check(worker, expectedData) {
  const events = [];
  assert.strictEqual(typeof worker.threadId, 'number');
  assert.ok(worker.threadId > 0);
  const id = worker.threadId;
  worker.on('online', common.mustCall(() => events.push('online')));
  worker.on('message', common.mustCall((msg) => {
    events.push(typeof msg === 'string' ? msg : 'message');
    if (typeof msg === 'object') {
      assert.deepStrictEqual(msg, {
        isMainThread: false,
        workerData: expectedData,
        threadId: id,
        sameRequire: true,
      });
    }
  }, 2));
  worker.on('exit', common.mustCall((code) => {
    events.push('exit');
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(events, ['online', 'message', 'second', 'exit']);
    // After exit the thread id reads -1.
    assert.strictEqual(worker.threadId, -1);
  }));
  return id;
}

const ids = [];
const data = { a: 1, list: [1, 'two', { three: 3 }], nested: { n: null } };
ids.push(check(new Worker(__filename, { workerData: data }), data));
ids.push(check(new Worker(pathToFileURL(__filename), { workerData: 'str' }),
               'str'));
// A path relative to the current directory starting with ./ is accepted too.
const path = require('path');
const rel = './' + path.relative(process.cwd(), __filename);
ids.push(check(new Worker(rel, { workerData: undefined }), undefined));

// eval: the code runs as a CommonJS script with require available.
const evalCode = `
  const { parentPort, workerData, isMainThread, threadId } =
    require('worker_threads');
  parentPort.postMessage({ isMainThread, workerData, threadId,
    sameRequire: require('worker_threads').workerData === workerData });
  parentPort.postMessage('second');
`;
ids.push(check(new Worker(evalCode, { eval: true, workerData: [1, 2, 3] }),
               [1, 2, 3]));

// Thread ids are distinct and increasing.
for (let i = 1; i < ids.length; i++) assert.ok(ids[i] > ids[i - 1]);
