'use strict';
// TCP echo on loopback: a client writes 64 KiB chunks (honouring
// backpressure) to an echo server and reads everything back; 512 MiB each
// way. Prints MB/s of echoed data.
const net = require('net');

const kChunk = Buffer.alloc(64 * 1024, 'x');
const kTotal = 512 * 1024 * 1024;

const server = net.createServer((socket) => socket.pipe(socket));
server.listen(0, '127.0.0.1', () => {
  const start = process.hrtime.bigint();
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = 0;
  function send() {
    while (sent < kTotal) {
      sent += kChunk.length;
      if (!client.write(kChunk)) {
        client.once('drain', send);
        return;
      }
    }
    client.end();
  }
  client.on('connect', send);
  client.on('data', (data) => { received += data.length; });
  client.on('end', () => {
    if (received !== kTotal) throw new Error(`echoed ${received} of ${kTotal}`);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`${(received / 1e6 / seconds).toFixed(0)} MB/s`);
    server.close();
  });
});
