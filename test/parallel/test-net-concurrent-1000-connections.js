'use strict';
// 1,000 connections open at once: each gets its own reply, the server
// counts them all, and its 'close' waits until every one is gone.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const N = 1000;
let accepted = 0;
const open = [];
const server = net.createServer((socket) => {
  accepted++;
  socket.setEncoding('utf8');
  socket.once('data', (id) => socket.end(`ack ${id}`));
});

server.listen(0, '127.0.0.1', 511, common.mustCall(() => {
  const { port } = server.address();
  let done = 0;
  for (let i = 0; i < N; i++) {
    const client = net.connect(port, '127.0.0.1');
    open.push(client);
    let reply = '';
    client.setEncoding('utf8');
    client.on('connect', () => client.write(String(i)));
    client.on('data', (d) => { reply += d; });
    client.on('close', () => {
      assert.strictEqual(reply, `ack ${i}`);
      if (++done === N) {
        assert.strictEqual(accepted, N);
        server.close(common.mustCall(() => {
          assert.strictEqual(server._connections, 0);
          server.getConnections(common.mustSucceed((count) => {
            assert.strictEqual(count, 0);
          }));
        }));
      }
    });
  }
}));
