'use strict';
// With maxConnections reached, a new connection is dropped: 'drop' with
// its addresses, and the client sees the connection closed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let first;
const server = net.createServer(common.mustCall((socket) => {
  first = socket;
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.remoteAddress, '127.0.0.1');
  assert.strictEqual(data.remoteFamily, 'IPv4');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const a = net.connect(port, '127.0.0.1', common.mustCall(() => {
    const b = net.connect(port, '127.0.0.1');
    b.on('error', () => {});
    b.resume();
    b.on('close', common.mustCall(() => {
      a.destroy();
      first.destroy();
      server.close();
    }));
  }));
}));
