'use strict';
// A paused socket receives no 'data' while the peer keeps sending; after
// resume() everything arrives, in order.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  for (let i = 0; i < 100; i++) socket.write(`${i};`);
  socket.end();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setEncoding('utf8');
  let text = '';
  let paused = false;
  client.on('data', (d) => {
    assert.strictEqual(paused, false);
    text += d;
  });
  client.pause();
  paused = true;
  assert.strictEqual(client.isPaused(), true);
  let turns = 0;
  const wait = () => {
    if (++turns < 20) return setImmediate(wait);
    paused = false;
    client.resume();
  };
  setImmediate(wait);
  client.on('end', common.mustCall(() => {
    let expected = '';
    for (let i = 0; i < 100; i++) expected += `${i};`;
    assert.strictEqual(text, expected);
    server.close();
  }));
}));
