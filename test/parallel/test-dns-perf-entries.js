'use strict';
// perf_hooks 'dns' entries: one per successful lookup, lookupService and
// query (named for it), with node's detail fields; none for failures.
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const observer = new PerformanceObserver((list) => {
  entries.push(...list.getEntries());
});
observer.observe({ type: 'dns' });

dnsmasq.start(common.mustCall(async (server) => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([server.server]);
  await resolver.resolve4('a.test', { ttl: true });
  await assert.rejects(resolver.resolve4('nx.test'), { code: 'ENOTFOUND' });
  await dns.promises.lookup('localhost', { family: 4 });
  await dns.promises.lookupService('127.0.0.1', 80);
  await new Promise((resolve) => dns.lookup('127.0.0.1', resolve));
  server.stop();
  setImmediate(common.mustCall(() => {
    observer.disconnect();
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    assert.deepStrictEqual(entries.map((e) => e.name).sort(),
                           ['lookup', 'lookupService', 'queryA']);
    for (const entry of entries) {
      assert.strictEqual(entry.entryType, 'dns');
      assert.strictEqual(typeof entry.startTime, 'number');
      assert.ok(entry.duration >= 0);
    }
    assert.deepStrictEqual(byName.queryA.detail, {
      host: 'a.test', ttl: true,
      result: [{ address: '1.2.3.4', ttl: 0 }],
    });
    assert.deepStrictEqual(byName.lookup.detail, {
      hostname: 'localhost', family: 4, hints: 0, verbatim: true,
      order: 'verbatim', addresses: ['127.0.0.1'],
    });
    assert.deepStrictEqual(byName.lookupService.detail, {
      host: '127.0.0.1', port: 80, hostname: 'localhost', service: 'http',
    });
  }));
}));
