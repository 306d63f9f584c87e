'use strict';
// With allowHalfOpen, a side that got 'end' can still write: the server
// answers after the client's FIN, and the client reads it before its own
// 'end'. Without it (the default), 'end' ends the writable side as well.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((c) => {
  c.resume();
  c.on('end', common.mustCall(() => {
    assert.strictEqual(c.writable, true);
    assert.strictEqual(c.readyState, 'writeOnly');
    c.end('after your end');
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({
    port: server.address().port, host: '127.0.0.1', allowHalfOpen: true,
  });
  const events = [];
  let reply = '';
  client.setEncoding('utf8');
  client.on('connect', () => {
    client.end('bye');
    assert.strictEqual(client.readyState, 'readOnly');
  });
  client.on('data', (d) => { reply += d; });
  client.on('finish', () => events.push('finish'));
  client.on('end', () => events.push('end'));
  client.on('close', common.mustCall(() => {
    assert.strictEqual(reply, 'after your end');
    assert.deepStrictEqual(events, ['finish', 'end']);
    checkDefault();
  }));
}));

// The default: the server's end() makes the client end its side too.
function checkDefault() {
  server.close();
  const s2 = net.createServer(common.mustCall((c) => c.end('x')));
  s2.listen(0, '127.0.0.1', common.mustCall(() => {
    const client = net.connect(s2.address().port, '127.0.0.1');
    const events = [];
    client.resume();
    client.on('end', () => events.push(`end:${client.writableEnded}`));
    client.on('finish', () => events.push('finish'));
    client.on('close', common.mustCall(() => {
      assert.deepStrictEqual(events, ['end:false', 'finish']);
      s2.close();
    }));
  }));
}
