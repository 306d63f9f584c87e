'use strict';
// A 2-worker cluster serving TCP on one port (round-robin, the default on
// Linux): every connection is answered, both workers take some, and the
// lifecycle events come in order per worker.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  net.createServer((socket) => {
    socket.setEncoding('utf8');
    socket.on('data', (d) => socket.end(`${cluster.worker.id}:${d}`));
  }).listen(0, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
const perWorker = new Map();
let listening = 0;
cluster.on('listening', common.mustCall((worker, address) => {
  perWorker.set(worker.id, ['fork', 'online', 'listening']);
  assert.strictEqual(address.address, '127.0.0.1');
  if (++listening < 2) return;
  const replies = [];
  for (let i = 0; i < 20; i++) {
    const client = net.connect(address.port, '127.0.0.1');
    let reply = '';
    client.setEncoding('utf8');
    client.end(`n${i}`);
    client.on('data', (d) => { reply += d; });
    client.on('end', () => {
      replies.push(reply);
      if (replies.length === 20) finish(replies);
    });
  }
}, 2));

function finish(replies) {
  const workersSeen = new Set(replies.map((r) => r.split(':')[0]));
  assert.deepStrictEqual([...workersSeen].sort(), ['1', '2']);
  assert.deepStrictEqual(replies.map((r) => r.split(':')[1]).sort(),
                         Array.from({ length: 20 }, (_, i) => `n${i}`).sort());
  cluster.disconnect(common.mustCall(() => {
    assert.deepStrictEqual(Object.keys(cluster.workers), []);
  }));
}

const order = [];
cluster.on('fork', (worker) => order.push(`fork ${worker.id}`));
cluster.on('online', (worker) => order.push(`online ${worker.id}`));
cluster.on('exit', common.mustCall((worker, code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
  assert.strictEqual(worker.isDead(), true);
}, 2));
process.on('exit', () => {
  assert.deepStrictEqual(order.filter((e) => e.endsWith(' 1')),
                         ['fork 1', 'online 1']);
  assert.deepStrictEqual(order.filter((e) => e.endsWith(' 2')),
                         ['fork 2', 'online 2']);
});
cluster.fork();
cluster.fork();
