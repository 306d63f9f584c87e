'use strict';
// An empty write completes at once, like any write that went out whole: it
// does not hold back the writes after it, so data written before destroy()
// still reaches the peer, and its callback is called.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.write('a');
  socket.write('', common.mustCall());
  socket.write(Buffer.alloc(0));
  socket.write('b');
  socket.destroy();
  server.close();
}));
server.listen(0, common.mustCall(() => {
  let received = '';
  net.connect(server.address().port)
    .setEncoding('utf8')
    .on('data', (chunk) => { received += chunk; })
    .on('close', common.mustCall(() => assert.strictEqual(received, 'ab')));
}));
