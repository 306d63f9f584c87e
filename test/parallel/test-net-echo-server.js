'use strict';
// A TCP echo server on 127.0.0.1: the client's events come in node's order
// (connect, ready, finish, data, end, close) and the bytes come back.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(socket.remoteFamily, 'IPv4');
  socket.pipe(socket);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.readyState, 'opening');
  let echoed = '';
  client.setEncoding('utf8');
  client.on('connect', () => {
    events.push('connect');
    assert.strictEqual(client.readyState, 'open');
    client.end('hello, world');
  });
  client.on('ready', () => events.push('ready'));
  client.on('data', (data) => {
    if (echoed === '') events.push('data');
    echoed += data;
  });
  client.on('finish', () => events.push('finish'));
  client.on('end', () => events.push('end'));
  client.on('close', common.mustCall((hadError) => {
    events.push('close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(echoed, 'hello, world');
    assert.deepStrictEqual(events,
                           ['connect', 'ready', 'finish', 'data', 'end',
                            'close']);
    server.close(common.mustCall());
  }));
}));
