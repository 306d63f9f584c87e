'use strict';
// 4 MiB through a TCP connection each way: every byte arrives, in order,
// and bytesRead/bytesWritten agree on both ends.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const size = 4 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = (i * 7) & 0xff;

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', common.mustCall(() => {
    const got = Buffer.concat(chunks);
    assert.strictEqual(got.length, size);
    assert.ok(got.equals(payload));
    assert.strictEqual(socket.bytesRead, size);
    socket.end(got);
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const chunks = [];
  client.end(payload);
  client.on('data', (d) => chunks.push(d));
  client.on('close', common.mustCall(() => {
    assert.ok(Buffer.concat(chunks).equals(payload));
    assert.strictEqual(client.bytesRead, size);
    assert.strictEqual(client.bytesWritten, size);
    server.close();
  }));
}));
