'use strict';
// perf_hooks 'net' entries: each TCP connect that succeeds while an observer
// watches 'net' gives a 'connect' entry with { host, port } as detail; a
// pipe connect and an unobserved one give none.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { PerformanceObserver } = require('perf_hooks');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();
const pipePath = tmpdir.resolve('perf.sock');

const entries = [];
const observer = new PerformanceObserver((list) => {
  entries.push(...list.getEntries());
});
observer.observe({ type: 'net' });

function connectOnce(server, target) {
  return new Promise((resolve) => {
    server.once('connection', (socket) => socket.destroy());
    net.connect(target).on('close', resolve).resume();
  });
}

const tcp = net.createServer();
const pipe = net.createServer();
tcp.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = tcp.address();
  await connectOnce(tcp, { port, host: '127.0.0.1' });
  await new Promise((resolve) => pipe.listen(pipePath, resolve));
  await connectOnce(pipe, pipePath);
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  await connectOnce(tcp, { port, host: '127.0.0.1' });
  tcp.close();
  pipe.close();
  assert.strictEqual(entries.length, 1);
  const [entry] = entries;
  assert.strictEqual(entry.name, 'connect');
  assert.strictEqual(entry.entryType, 'net');
  assert.deepStrictEqual(entry.detail, { host: '127.0.0.1', port });
  assert.ok(entry.duration >= 0);
}));
