'use strict';
// SCHED_NONE (NODE_CLUSTER_SCHED_POLICY=none): the workers share the
// listening socket itself; connections are answered by the workers.
const common = require('../common');
const assert = require('assert');
const net = require('net');

if (process.env.NODE_CLUSTER_SCHED_POLICY !== 'none') {
  // Re-run this file with the policy set before cluster is loaded.
  const { fork } = require('child_process');
  const child = fork(__filename, [], {
    env: { ...process.env, NODE_CLUSTER_SCHED_POLICY: 'none' },
  });
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  return;
}

const cluster = require('cluster');
if (cluster.isWorker) {
  net.createServer((socket) => socket.end(`${cluster.worker.id}`))
    .listen(0, '127.0.0.1');
  return;
}
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_NONE);
let listening = 0;
cluster.on('listening', common.mustCall((worker, address) => {
  if (++listening < 2) return;
  let answered = 0;
  for (let i = 0; i < 6; i++) {
    const client = net.connect(address.port, '127.0.0.1');
    let reply = '';
    client.on('data', (d) => { reply += d; });
    client.on('end', () => {
      assert.match(reply, /^[12]$/);
      if (++answered === 6) cluster.disconnect();
    });
  }
}, 2));
cluster.on('exit', common.mustCall((worker, code) => {
  assert.strictEqual(code, 0);
}, 2));
cluster.fork();
cluster.fork();
