'use strict';
// A server on a Unix socket path in the tmpdir: address() is the path,
// clients connect by path, data flows both ways.
const common = require('../common');
const assert = require('assert');
const net = require('net');

common.tmpdir.refresh();
const path = common.pipePath('unix.sock');

const server = net.createServer(common.mustCall((socket) => {
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.end(d.toUpperCase()));
}));
server.listen(path, common.mustCall(() => {
  assert.strictEqual(server.address(), path);
  const client = net.connect(path);
  client.setEncoding('utf8');
  let reply = '';
  client.on('connect', common.mustCall(() => {
    assert.deepStrictEqual(client.address(), {});
    assert.strictEqual(client.remoteAddress, undefined);
    client.write('ping');
  }));
  client.on('data', (d) => { reply += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'PING');
    server.close(common.mustCall(() => {
      // A second server can take the path once the first is closed.
      const again = net.createServer().listen(path, common.mustCall(() => {
        again.close();
      }));
    }));
  }));
}));
