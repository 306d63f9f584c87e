'use strict';
// setEnvironmentData()/getEnvironmentData(): values set before a Worker is
// created are cloned into it (also into nested workers); later changes in
// either thread are not seen by the other; undefined deletes a key.
const common = require('../common');
const assert = require('assert');
const {
  Worker, isMainThread, parentPort, setEnvironmentData, getEnvironmentData,
} = require('worker_threads');

if (!isMainThread) {
  const seen = {
    str: getEnvironmentData('str'),
    obj: getEnvironmentData('obj'),
    late: getEnvironmentData('late'),
    removed: getEnvironmentData('removed'),
    objKey: getEnvironmentData(getEnvironmentData),  // Not set.
  };
  setEnvironmentData('str', 'changed in worker');
  if (getEnvironmentData('nested') === undefined) {
    setEnvironmentData('nested', true);
    const child = new Worker(__filename);
    child.on('message', (m) => parentPort.postMessage({ seen, child: m }));
  } else {
    parentPort.postMessage(seen);
  }
  return;
}

assert.strictEqual(getEnvironmentData('str'), undefined);
setEnvironmentData('str', 'hello');
const obj = { a: [1, 2], m: new Map([[1, 2]]) };
setEnvironmentData('obj', obj);
setEnvironmentData('removed', 1);
setEnvironmentData('removed', undefined);
assert.strictEqual(getEnvironmentData('removed'), undefined);
// The main thread gets back its own value, not a copy.
assert.strictEqual(getEnvironmentData('obj'), obj);

const w = new Worker(__filename);
setEnvironmentData('late', 'after the worker was created');
w.on('message', common.mustCall((m) => {
  const expected = {
    str: 'hello',
    obj: { a: [1, 2], m: new Map([[1, 2]]) },
    late: undefined,
    removed: undefined,
    objKey: undefined,
  };
  // The nested worker sees the values of its parent, including the change.
  assert.deepStrictEqual(m, {
    seen: expected,
    child: { ...expected, str: 'changed in worker' },
  });
}));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  // The worker's change is not seen here.
  assert.strictEqual(getEnvironmentData('str'), 'hello');
  assert.strictEqual(getEnvironmentData('nested'), undefined);
}));
