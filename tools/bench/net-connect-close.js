'use strict';
// 10,000 short TCP connections on loopback, 50 at a time: connect, the
// server ends the connection, the client sees 'end' and 'close'.
const net = require('net');

const kTotal = 10000;
const kParallel = 50;
let started = 0;
let closed = 0;

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  function next() {
    if (started === kTotal) return;
    started++;
    const socket = net.connect(port, '127.0.0.1');
    socket.resume();
    socket.on('close', () => {
      if (++closed === kTotal) server.close();
      else next();
    });
  }
  for (let i = 0; i < kParallel; i++) next();
});
