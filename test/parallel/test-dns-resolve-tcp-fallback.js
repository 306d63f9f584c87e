'use strict';
// An answer too big for UDP comes back truncated; c-ares asks again over
// TCP (a socket the loop watches for writing, then reading) and the whole
// answer arrives. dnsmasq on loopback logs both queries.
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');

dnsmasq.start({ logQueries: true }, common.mustCall((server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([server.server]);
  resolver.resolveTxt('big.test', common.mustSucceed((records) => {
    assert.deepStrictEqual(records.map((r) => r.join('')).sort(),
                           [...dnsmasq.BIG_TXT].sort());
    // Asked twice: over UDP, then over TCP.
    server.waitForLog(/(query\[TXT\] big\.test[^]*){2}/,
                      common.mustCall(() => server.stop()));
  }));
}));
