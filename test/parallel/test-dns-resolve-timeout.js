'use strict';
// A server that never answers (dnsmasq stopped with SIGSTOP: its socket
// stays bound, nobody reads it): the query fails with ETIMEOUT after the
// resolver's timeout and tries, and the loop keeps turning meanwhile.
const common = require('../common');
const dnsmasq = require('../common/dnsmasq');
const assert = require('assert');
const dns = require('dns');

dnsmasq.start(common.mustCall((server) => {
  server.pause();
  const resolver = new dns.Resolver({ timeout: 100, tries: 2 });
  resolver.setServers([server.server]);
  let timerRuns = 0;
  let done = false;
  const spin = () => {
    timerRuns++;
    if (!done) setTimeout(spin, 1);
  };
  spin();
  resolver.resolve4('a.test', common.mustCall((err, addresses) => {
    done = true;
    assert.strictEqual(addresses, undefined);
    assert.strictEqual(err.code, 'ETIMEOUT');
    assert.strictEqual(err.syscall, 'queryA');
    assert.strictEqual(err.hostname, 'a.test');
    assert.strictEqual(err.message, 'queryA ETIMEOUT a.test');
    // Timers ran while the query waited.
    assert.ok(timerRuns > 1);

    const promiseResolver = new dns.promises.Resolver({ timeout: 50,
                                                         tries: 1 });
    promiseResolver.setServers([server.server]);
    assert.rejects(promiseResolver.resolveTxt('txt.test'), {
      code: 'ETIMEOUT',
      syscall: 'queryTxt',
    }).then(common.mustCall(() => server.stop()));
  }));
}));
