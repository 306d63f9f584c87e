'use strict';
// A host name is looked up first: 'lookup' (err, address, family, host)
// comes before 'connect'. 'localhost' resolves here to 127.0.0.1.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const events = [];
  const client = net.connect({ port: server.address().port,
                               host: 'localhost' });
  client.on('lookup', common.mustCall((err, address, family, host) => {
    events.push('lookup');
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
  }));
  client.on('connect', common.mustCall(() => events.push('connect')));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.deepStrictEqual(events, ['lookup', 'connect']);
    server.close();
  }));
}));
