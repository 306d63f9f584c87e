'use strict';
// A net.Server sent to a forked child with send(message, server): the
// child gets a listening Server on the same port and answers a connection
// the parent makes after closing its own copy.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message, server) => {
    assert.strictEqual(message, 'server');
    assert.ok(server instanceof net.Server);
    server.on('connection', (socket) => {
      socket.end(`child ${process.pid}`);
      server.close();
      process.disconnect();
    });
    process.send('ready');
  });
  return;
}

const server = net.createServer(common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const child = fork(__filename, ['child']);
  child.send('server', server);
  child.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'ready');
    server.close();
    const client = net.connect(port, '127.0.0.1');
    client.setEncoding('utf8');
    let reply = '';
    client.on('data', (d) => { reply += d; });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(reply, `child ${child.pid}`);
    }));
  }));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}));
