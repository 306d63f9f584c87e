'use strict';
// An unref'ed server and unref'ed sockets do not keep the process alive:
// a child whose server and both ends of a connection are unref'ed runs to
// 'exit' on its own.
const common = require('../common');
const assert = require('assert');

const child = common.spawnSelf(['-e', `
  const net = require('net');
  const server = net.createServer((s) => s.unref());
  server.listen(0, '127.0.0.1', () => {
    const socket = net.connect(server.address().port, '127.0.0.1', () => {
      socket.unref();
      console.log('connected');
    });
  });
  server.unref();
  process.on('exit', () => console.log('exit'));
`]);
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'connected\nexit\n');
