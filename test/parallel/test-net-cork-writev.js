'use strict';
// cork()ed writes of strings in several encodings and Buffers go out
// together (one _writev) on uncork(), in order, and bytesWritten counts
// them.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString('latin1'),
                       'abc\u00e9\u00e9xyzhex!\u00c3\u00a9');
    socket.end();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', common.mustCall(() => {
    client.cork();
    client.write('abc');
    client.write('\u00e9\u00e9', 'latin1');
    client.write(Buffer.from('xyz'));
    client.write('68657821', 'hex');
    client.write('\u00e9', 'utf8');
    // Sockets keep strings as strings: writableLength counts characters.
    assert.strictEqual(client.writableLength, 17);
    process.nextTick(() => {
      client.uncork();
      client.end();
    });
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, 14);
    server.close();
  }));
}));
