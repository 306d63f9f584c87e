'use strict';
// 200 workers started and ended one after the other: every one comes online,
// sends its message and exits with 0, with distinct increasing thread ids.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const COUNT = 200;
let lastId = 0;
let exited = 0;

common.runInSeries(COUNT, (i, next) => {
  const w = new Worker(`
    const { parentPort, workerData } = require('worker_threads');
    parentPort.postMessage(workerData * 2);
  `, { eval: true, workerData: i });
  const id = w.threadId;
  assert.ok(id > lastId, `${id} > ${lastId}`);
  lastId = id;
  let got;
  w.on('message', (m) => { got = m; });
  w.on('error', common.mustNotCall());
  w.on('exit', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(got, i * 2);
    exited++;
    next();
  });
}, common.mustCall(() => {
  assert.strictEqual(exited, COUNT);
}));

process.on('exit', () => assert.strictEqual(exited, COUNT));
