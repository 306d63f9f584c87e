'use strict';
// lookupService(address, port): getnameinfo on the thread pool — the host
// name from /etc/hosts and the service name from /etc/services.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const { promisify } = require('util');

const req = dns.lookupService('127.0.0.1', 22,
                              common.mustSucceed((hostname, service) => {
                                assert.strictEqual(hostname, 'localhost');
                                assert.strictEqual(service, 'ssh');
                              }));
assert.strictEqual(req.constructor.name, 'GetNameInfoReqWrap');
assert.strictEqual(req.hostname, '127.0.0.1');
assert.strictEqual(req.port, 22);

// A port given as a string; one with no service name comes back as digits.
dns.lookupService('127.0.0.1', '47999', common.mustSucceed((hostname, service) => {
  assert.strictEqual(hostname, 'localhost');
  assert.strictEqual(service, '47999');
}));

(async () => {
  assert.deepStrictEqual(await dns.promises.lookupService('127.0.0.1', 80),
                         { hostname: 'localhost', service: 'http' });
  assert.deepStrictEqual(await promisify(dns.lookupService)('127.0.0.1', 80),
                         { hostname: 'localhost', service: 'http' });
})().then(common.mustCall());
