'use strict';
// Without allowHalfOpen, writing after the other side ended fails with
// node's EPIPE error 'This socket has been ended by the other party'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => socket.end()));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
  client.on('end', common.mustCall(() => {
    // The writable side is ending on its own; then writes are refused.
    client.once('finish', common.mustCall(() => {
      client.write('late', common.mustCall((err) => {
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message,
                           'This socket has been ended by the other party');
      }));
    }));
  }));
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EPIPE');
  }));
  client.on('close', common.mustCall(() => server.close()));
}));
