'use strict';
// Backpressure: against a paused reader, write() returns false once the
// buffers fill; 'drain' comes after the reader resumes, and every byte
// arrives in order.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;
let received = 0;
let reader;

const server = net.createServer(common.mustCall((socket) => {
  reader = socket;
  socket.pause();
  socket.on('data', (data) => {
    for (let i = 0; i < data.length; i++) {
      assert.strictEqual(data[i], (received + i) & 0xff);
    }
    received += data.length;
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, written);
    server.close();
  }));
}));

let written = 0;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', common.mustCall(() => {
    // Bounded: the socket buffers of loopback hold far less than 64 MiB.
    let ok = true;
    while (ok && written < 64 * 1024 * 1024) {
      ok = client.write(chunk);
      written += chunk.length;
    }
    assert.strictEqual(ok, false);
    assert.ok(client.writableLength > 0);
    client.once('drain', common.mustCall(() => {
      assert.strictEqual(client.writableLength, 0);
      client.end();
    }));
    // The reader starts only now: nothing could drain before.
    setImmediate(() => reader.resume());
  }));
}));
