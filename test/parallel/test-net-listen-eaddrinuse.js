'use strict';
// A second server on a port in use gets 'error' EADDRINUSE with node's
// message 'listen EADDRINUSE: address already in use 127.0.0.1:<port>';
// it never emits 'listening' and does not keep the process alive.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const first = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer();
  second.on('listening', common.mustNotCall());
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message,
                       `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(second.listening, false);
    assert.strictEqual(second.address(), null);
    first.close();
  }));
  second.listen(port, '127.0.0.1');
}));
