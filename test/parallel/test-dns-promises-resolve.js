'use strict';
// dns.promises (=== require('dns/promises')) against a real DNS server:
// resolve* resolve with the same values as the callback API, the module's
// default resolver follows setServers, and resolve() checks rrtype.
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');
const dnsPromises = require('dns/promises');

assert.strictEqual(dns.promises, dnsPromises);
assert.notStrictEqual(dnsPromises.Resolver, dns.Resolver);
assert.strictEqual(dnsPromises.resolve4.name, 'bound queryA');

assert.throws(() => dnsPromises.resolve('a.test', 'BOGUS'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'rrtype' is invalid. Received 'BOGUS'",
});
assert.throws(() => dnsPromises.resolve('a.test', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => dnsPromises.resolve(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "name" argument must be of type string. Received undefined',
});
assert.throws(() => dnsPromises.resolveTxt(42), { code: 'ERR_INVALID_ARG_TYPE' });

dnsmasq.start(common.mustCall(async (server) => {
  dnsPromises.setServers([server.server]);
  assert.deepStrictEqual(dnsPromises.getServers(), [server.server]);

  assert.deepStrictEqual(await dnsPromises.resolve4('a.test'), ['1.2.3.4']);
  assert.deepStrictEqual(await dnsPromises.resolve('a.test'), ['1.2.3.4']);
  assert.deepStrictEqual(await dnsPromises.resolve6('a.test', { ttl: true }),
                         [{ address: '2001:db8::1', ttl: 0 }]);
  assert.deepStrictEqual(await dnsPromises.resolve('alias.test', 'CNAME'),
                         ['a.test']);
  assert.deepStrictEqual(await dnsPromises.resolveSoa('zone.test'),
                         dnsmasq.SOA);
  assert.deepStrictEqual(await dnsPromises.resolveCaa('caa.test'),
                         [{ critical: 0, issue: 'letsencrypt.org' }]);
  assert.deepStrictEqual((await dnsPromises.reverse('9.9.9.9')).sort(),
                         ['one.test', 'two.test']);
  await assert.rejects(dnsPromises.resolveNaptr('nx.test'), {
    code: 'ENOTFOUND', syscall: 'queryNaptr', hostname: 'nx.test',
  });

  // Its own Resolver class, with options.
  const resolver = new dnsPromises.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([server.server]);
  const txt = await resolver.resolveTxt('txt.test');
  assert.deepStrictEqual(txt.map((r) => r.join('')).sort(),
                         ['chunk1chunk2', 'v=spf1 -all']);
  server.stop();
}));
