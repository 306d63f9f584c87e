'use strict';
// A connected net.Socket sent to a forked child: the parent's socket lets
// go of the connection, the child writes to it and the client reads it.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message, socket) => {
    assert.strictEqual(message, 'socket');
    assert.ok(socket instanceof net.Socket);
    socket.end('from the child');
    process.disconnect();
  });
  return;
}

const child = fork(__filename, ['child']);
const server = net.createServer(common.mustCall((socket) => {
  child.send('socket', socket, common.mustSucceed(() => {
    assert.strictEqual(socket._handle, null);
  }));
  server.close();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  let reply = '';
  client.on('data', (d) => { reply += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(reply, 'from the child');
  }));
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
