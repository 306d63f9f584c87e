'use strict';
// listen() without a host takes the unspecified IPv6 address '::' when
// IPv6 is there (and accepts IPv4 connections on it); 'ipv6Only' refuses
// IPv4 clients.
const common = require('../common');
const assert = require('assert');
const net = require('net');

if (!common.hasIPv6) {
  console.log('1..0 # Skipped: no IPv6');
  return;
}
const server = net.createServer(common.mustCall((s) => s.end()));
server.listen(0, common.mustCall(() => {
  const address = server.address();
  assert.strictEqual(address.address, '::');
  assert.strictEqual(address.family, 'IPv6');
  const client = net.connect(address.port, '127.0.0.1');
  client.resume();
  client.on('close', common.mustCall(() => {
    server.close();
    const only = net.createServer(common.mustNotCall());
    only.listen({ port: 0, host: '::1', ipv6Only: true }, common.mustCall(() => {
      assert.strictEqual(only.address().address, '::1');
      const v4 = net.connect(only.address().port, '127.0.0.1');
      v4.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ECONNREFUSED');
        only.close();
      }));
    }));
  }));
}));
