'use strict';
// Every resolve* method against a real DNS server (dnsmasq on loopback,
// test/common/dnsmasq.js): the shape of each record type's result, with
// and without { ttl: true }, and resolve(name, rrtype).
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');

dnsmasq.start(common.mustCall((server) => {
  const resolver = new dns.Resolver();
  resolver.setServers([server.server]);
  assert.deepStrictEqual(resolver.getServers(), [server.server]);

  const cases = [
    ['resolve4', 'a.test', undefined, ['1.2.3.4']],
    ['resolve4', 'a.test', { ttl: true }, [{ address: '1.2.3.4', ttl: 0 }]],
    ['resolve6', 'a.test', undefined, ['2001:db8::1']],
    ['resolve6', 'a.test', { ttl: true },
     [{ address: '2001:db8::1', ttl: 0 }]],
    // dnsmasq rotates the order of several records: compared sorted.
    ['resolve4', 'multi.test', undefined, ['10.0.0.1', '10.0.0.2']],
    ['resolve4', 'alias.test', undefined, ['1.2.3.4']],
    ['resolveMx', 'mx.test', undefined, [
      { exchange: 'mail.test', priority: 10 },
      { exchange: 'mail2.test', priority: 20 },
    ]],
    ['resolveTxt', 'txt.test', undefined,
     [['chunk1', 'chunk2'], ['v=spf1 -all']]],
    ['resolveSrv', '_sip._tcp.test', undefined,
     [{ name: 'sip.test', port: 5060, priority: 10, weight: 20 }]],
    ['resolveCname', 'alias.test', undefined, ['a.test']],
    ['resolvePtr', 'ptr.test', undefined, ['target.test']],
    ['resolvePtr', '4.3.2.1.in-addr.arpa', undefined, ['a.test']],
    ['resolveNaptr', 'naptr.test', undefined, [{
      flags: 'S', service: 'SIP+D2U', regexp: '',
      replacement: '_sip._udp.test', order: 100, preference: 10,
    }]],
    ['resolveCaa', 'caa.test', undefined,
     [{ critical: 0, issue: 'letsencrypt.org' }]],
    ['resolveNs', 'zone.test', undefined, ['ns1.test']],
    ['resolveSoa', 'zone.test', undefined, dnsmasq.SOA],
    ['resolveAny', 'a.test', undefined, [
      { address: '1.2.3.4', ttl: 0, type: 'A' },
      { address: '2001:db8::1', ttl: 0, type: 'AAAA' },
    ]],
    ['resolveAny', 'txt.test', undefined, [
      { entries: ['chunk1', 'chunk2'], type: 'TXT' },
      { entries: ['v=spf1 -all'], type: 'TXT' },
    ]],
    ['resolveAny', 'alias.test', undefined, [
      { value: 'a.test', type: 'CNAME' },
      { address: '2001:db8::1', ttl: 0, type: 'AAAA' },
    ]],
    ['resolveAny', 'zone.test', undefined, [
      { value: 'ns1.test', type: 'NS' },
      { ...dnsmasq.SOA, type: 'SOA' },
    ]],
    ['resolveAny', '_sip._tcp.test', undefined, [
      { name: 'sip.test', port: 5060, priority: 10, weight: 20, type: 'SRV' },
    ]],
    ['resolveAny', 'caa.test', undefined,
     [{ critical: 0, issue: 'letsencrypt.org', type: 'CAA' }]],
    ['resolveAny', 'ptr.test', undefined, [{ value: 'target.test', type: 'PTR' }]],
    ['resolveAny', 'mx.test', undefined, [
      { exchange: 'mail.test', priority: 10, type: 'MX' },
      { exchange: 'mail2.test', priority: 20, type: 'MX' },
    ]],
    ['resolve', 'a.test', 'AAAA', ['2001:db8::1']],
    ['resolve', 'mx.test', 'MX', [
      { exchange: 'mail.test', priority: 10 },
      { exchange: 'mail2.test', priority: 20 },
    ]],
    ['resolve', 'zone.test', 'SOA', dnsmasq.SOA],
  ];

  // dnsmasq rotates records of one type: each run of entries of one type
  // (resolveAny keeps types grouped) is compared sorted.
  const normalize = (result) => {
    if (!Array.isArray(result)) return result;
    const out = [];
    let run = [];
    const flush = () => {
      run.sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
      out.push(...run);
      run = [];
    };
    for (const entry of result) {
      if (run.length > 0 && run[0]?.type !== entry?.type) flush();
      run.push(entry);
    }
    flush();
    return out;
  };

  common.runInSeries(cases.length, (i, next) => {
    const [method, name, option, expected] = cases[i];
    const args = option === undefined ? [name] : [name, option];
    const req = resolver[method](...args, common.mustSucceed((result) => {
      assert.deepStrictEqual(normalize(result), normalize(expected),
                             `${method}(${name})`);
      next();
    }));
    assert.strictEqual(req.constructor.name, 'QueryReqWrap');
  }, common.mustCall(() => server.stop()));
}));
