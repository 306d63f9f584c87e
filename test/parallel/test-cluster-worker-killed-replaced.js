'use strict';
// A worker killed by a signal is reported ('exit' with the signal,
// exitedAfterDisconnect false, worker.isDead()); a replacement forked in
// its place comes online with the next id.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  process.on('message', (message) => {
    if (message === 'bye') cluster.worker.disconnect();
  });
  process.send(`hello from ${cluster.worker.id}`);
  return;
}

const first = cluster.fork();
first.on('message', common.mustCall((message) => {
  assert.strictEqual(message, 'hello from 1');
  assert.strictEqual(first.isConnected(), true);
  first.process.kill('SIGKILL');
}));
first.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
  assert.strictEqual(first.exitedAfterDisconnect, false);
  assert.strictEqual(first.isDead(), true);
  assert.strictEqual(first.state, 'dead');
  const second = cluster.fork();
  assert.strictEqual(second.id, 2);
  second.on('online', common.mustCall());
  second.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'hello from 2');
    second.send('bye');
  }));
  second.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(second.exitedAfterDisconnect, true);
  }));
}));
