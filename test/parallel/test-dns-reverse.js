'use strict';
// reverse(ip): PTR names of an IPv4 or IPv6 address, from a real DNS
// server (dnsmasq on loopback).
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');

assert.strictEqual(dns.reverse.length, 2);
assert.throws(() => dns.reverse(1, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received type ' +
    'number (1)',
});
assert.throws(() => dns.reverse('1.2.3.4'), { code: 'ERR_INVALID_ARG_TYPE' });

dnsmasq.start(common.mustCall((server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([server.server]);
  const cases = [
    ['9.9.9.9', ['one.test', 'two.test']],
    ['1.2.3.4', ['a.test']],
    ['2001:db8::1', ['a.test']],
  ];
  common.runInSeries(cases.length, (i, next) => {
    const [ip, names] = cases[i];
    const req = resolver.reverse(ip, common.mustSucceed((result) => {
      assert.deepStrictEqual(result.sort(), names);
      next();
    }));
    assert.strictEqual(req.bindingName, 'getHostByAddr');
    assert.strictEqual(req.hostname, ip);
  }, common.mustCall(() => server.stop()));
}));
