'use strict';
// Connecting to a port nobody listens on fails with node's system error:
// 'connect ECONNREFUSED 127.0.0.1:<port>' and its errno, code, syscall,
// address and port; then 'close' with hadError.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// A port that was free a moment ago: bound, then closed.
const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const events = [];
    const socket = net.connect(port, '127.0.0.1');
    socket.on('connect', common.mustNotCall());
    socket.on('error', common.mustCall((err) => {
      events.push('error');
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.deepStrictEqual(Object.keys(err),
                             ['errno', 'code', 'syscall', 'address', 'port']);
    }));
    socket.on('close', common.mustCall((hadError) => {
      events.push('close');
      assert.strictEqual(hadError, true);
      assert.deepStrictEqual(events, ['error', 'close']);
      assert.strictEqual(socket.destroyed, true);
    }));
  }));
}));
