'use strict';
// resolver.cancel(): every query in flight on that resolver (and only on
// it) fails with ECANCELLED, on a later turn of the loop, never during
// cancel() itself — before setImmediate callbacks queued by then, as node
// delivers them (its native immediates come first).
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');

dnsmasq.start(common.mustCall((server) => {
  server.pause();
  const resolver = new dns.Resolver({ timeout: 60000, tries: 1 });
  resolver.setServers([server.server]);
  const other = new dns.Resolver({ timeout: 100, tries: 1 });
  other.setServers([server.server]);

  const order = [];
  resolver.resolve4('a.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.message, 'queryA ECANCELLED a.test');
    order.push('resolve4');
  }));
  resolver.reverse('9.9.9.9', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.syscall, 'getHostByAddr');
    order.push('reverse');
  }));
  const promiseResolver = new dns.promises.Resolver({ timeout: 60000 });
  promiseResolver.setServers([server.server]);
  const pending = promiseResolver.resolveMx('mx.test');
  assert.rejects(pending, { code: 'ECANCELLED', syscall: 'queryMx' })
    .then(common.mustCall(() => order.push('promise')));

  other.resolve4('a.test', common.mustCall((err) => {
    // Not cancelled: this one times out on its own.
    assert.strictEqual(err.code, 'ETIMEOUT');
    assert.deepStrictEqual(order.sort(), ['promise', 'resolve4', 'reverse']);
    server.stop();
  }));

  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual([...order].sort(),
                           ['promise', 'resolve4', 'reverse']);
  }));
  resolver.cancel();
  promiseResolver.cancel();
  order.push('sync');
  assert.deepStrictEqual(order, ['sync']);
  order.length = 0;
  // Cancelling with nothing in flight is a no-op.
  new dns.Resolver().cancel();
}));
