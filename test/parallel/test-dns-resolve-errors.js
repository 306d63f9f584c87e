'use strict';
// Failed queries against a real DNS server (dnsmasq on loopback): each
// error is node's: `<syscall> <code> <hostname>`, a string code, errno
// undefined, syscall named for the query, hostname as given.
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');

function check(err, code, syscall, hostname) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, `${syscall} ${code} ${hostname}`);
  assert.deepStrictEqual(Object.keys(err),
                         ['errno', 'code', 'syscall', 'hostname']);
  assert.strictEqual(err.errno, undefined);
  assert.strictEqual(err.code, code);
  assert.strictEqual(err.syscall, syscall);
  assert.strictEqual(err.hostname, hostname);
}

dnsmasq.start(common.mustCall((server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([server.server]);
  const cases = [
    // NXDOMAIN.
    ['resolve4', 'nx.test', 'ENOTFOUND', 'queryA'],
    ['resolveMx', 'nothing-here.test', 'ENOTFOUND', 'queryMx'],
    // The name exists, without records of that type.
    ['resolve6', 'v4only.test', 'ENODATA', 'queryAaaa'],
    ['resolveSoa', 'a.test', 'ENODATA', 'querySoa'],
    ['resolveNs', 'a.test', 'ENODATA', 'queryNs'],
    ['resolveTxt', 'a.test', 'ENODATA', 'queryTxt'],
    // Outside the zone dnsmasq serves: REFUSED.
    ['resolve4', 'example.invalid', 'EREFUSED', 'queryA'],
    // Names c-ares cannot put in a query.
    ['resolve4', 'a..b', 'EBADNAME', 'queryA'],
    ['resolveCname', 'x'.repeat(64) + '.test', 'EBADNAME', 'queryCname'],
    // Never sent: .onion names are not looked up (RFC 7686).
    ['resolveTxt', 'hidden.onion', 'ENOTFOUND', 'queryTxt'],
    ['reverse', '8.8.4.4', 'ENOTFOUND', 'getHostByAddr'],
  ];
  common.runInSeries(cases.length, (i, next) => {
    const [method, name, code, syscall] = cases[i];
    resolver[method](name, common.mustCall((err, result) => {
      check(err, code, syscall, name);
      assert.strictEqual(result, undefined);
      next();
    }));
  }, common.mustCall(() => {
    // The promise API rejects with the same errors.
    const promiseResolver = new dns.promises.Resolver();
    promiseResolver.setServers([server.server]);
    promiseResolver.resolve4('nx.test').then(common.mustNotCall(), common.mustCall((err) => {
      check(err, 'ENOTFOUND', 'queryA', 'nx.test');
      server.stop();
    }));
  }));
}));

// An address that is not one throws at once, as a system error.
assert.throws(() => dns.reverse('not-an-ip', common.mustNotCall()), {
  name: 'Error',
  code: 'EINVAL',
  errno: -22,
  syscall: 'getHostByAddr',
  hostname: 'not-an-ip',
  message: 'getHostByAddr EINVAL not-an-ip',
});
assert.rejects(dns.promises.reverse('not-an-ip'), {
  code: 'EINVAL',
  syscall: 'getHostByAddr',
}).then(common.mustCall());

// Nothing listens on the server's port: ECONNREFUSED (ICMP port
// unreachable on loopback).
{
  const resolver = new dns.Resolver({ timeout: 5000, tries: 1 });
  resolver.setServers(['127.0.0.1:1']);
  resolver.resolve4('a.test', common.mustCall((err) => {
    check(err, 'ECONNREFUSED', 'queryA', 'a.test');
  }));
}
