'use strict';
// resolver.setLocalAddress(ip): queries leave from that address, as the
// server (dnsmasq on loopback, logging queries) sees them.
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');

dnsmasq.start({ logQueries: true }, common.mustCall((server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([server.server]);
  resolver.setLocalAddress('127.0.0.2', '::1');
  resolver.resolve4('a.test', common.mustSucceed((addresses) => {
    assert.deepStrictEqual(addresses, ['1.2.3.4']);
    server.waitForLog(/query\[A\] a\.test from 127\.0\.0\.2\n/,
                      common.mustCall(() => server.stop()));
  }));
}));
