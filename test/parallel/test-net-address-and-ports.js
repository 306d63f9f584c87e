'use strict';
// address(), localAddress/localPort/remoteAddress/remotePort/remoteFamily
// on both ends of a connection; an unconnected socket has {} and undefined.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const idle = new net.Socket();
assert.deepStrictEqual(idle.address(), {});
assert.strictEqual(idle.remoteAddress, undefined);
assert.strictEqual(idle.localPort, undefined);
assert.strictEqual(idle.pending, true);
assert.strictEqual(idle.readyState, 'open');
assert.strictEqual(idle.bytesRead, 0);
assert.strictEqual(idle.bytesWritten, 0);

const server = net.createServer(common.mustCall((socket) => {
  const address = server.address();
  assert.strictEqual(socket.localAddress, '127.0.0.1');
  assert.strictEqual(socket.localPort, address.port);
  assert.strictEqual(socket.localFamily, 'IPv4');
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(typeof socket.remotePort, 'number');
  socket.end();
}));
assert.strictEqual(server.address(), null);
assert.strictEqual(server.listening, false);
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const address = server.address();
  assert.deepStrictEqual(Object.keys(address), ['address', 'family', 'port']);
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.family, 'IPv4');
  assert.ok(address.port > 0 && address.port < 65536);
  assert.strictEqual(server.listening, true);
  const client = net.connect(address.port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.remotePort, address.port);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remoteFamily, 'IPv4');
    assert.deepStrictEqual(client.address(), {
      address: '127.0.0.1', family: 'IPv4', port: client.localPort,
    });
    assert.strictEqual(client.pending, false);
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
