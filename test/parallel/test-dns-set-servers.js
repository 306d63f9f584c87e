'use strict';
// setServers/getServers: the accepted spellings (IPv4, IPv6, bracketed,
// with ports), how they read back, bad input, and a resolver with queries
// in flight (its setServers throws; the module's makes a new default
// resolver instead).
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

const resolver = new dns.Resolver();
assert.ok(Array.isArray(resolver.getServers()));

resolver.setServers([
  '4.4.4.4:53',
  '[2001:4860:4860::8888]:53',
  '103.238.225.181:666',
  '[fe80::483a:5aff:fee6:1f04]:666',
  '[fe80::483a:5aff:fee6:1f04]',
  '2001:db8::2',
  '10.0.0.1',
]);
assert.deepStrictEqual(resolver.getServers(), [
  '4.4.4.4',
  '2001:4860:4860::8888',
  '103.238.225.181:666',
  '[fe80::483a:5aff:fee6:1f04]:666',
  'fe80::483a:5aff:fee6:1f04',
  '2001:db8::2',
  '10.0.0.1',
]);

// Holes are skipped.
const holes = [];
holes[0] = '127.0.0.1';
holes[2] = '0.0.0.0';
resolver.setServers(holes);
assert.deepStrictEqual(resolver.getServers(), ['127.0.0.1', '0.0.0.0']);

for (const bad of ['foobar', '127.0.0.1:va', ' ', '\0', '1'.repeat(12),
                   ':'.repeat(1000), '['.repeat(1000), '[foo]:53']) {
  assert.throws(() => resolver.setServers([bad]), {
    name: 'TypeError',
    code: 'ERR_INVALID_IP_ADDRESS',
    message: `Invalid IP address: ${bad}`,
  });
}
// A bad entry changes nothing.
assert.deepStrictEqual(resolver.getServers(), ['127.0.0.1', '0.0.0.0']);

// After a bracketed address, only a ':port' at the end counts.
resolver.setServers(['[::1]x', '[1.2.3.4]:99', '[::2]:0']);
assert.deepStrictEqual(resolver.getServers(), ['::1', '1.2.3.4:99', '::2']);

assert.throws(() => resolver.setServers('8.8.8.8'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers" argument must be an instance of Array. ' +
    "Received type string ('8.8.8.8')",
});
assert.throws(() => resolver.setServers(['8.8.8.8', 1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers[1]" argument must be of type string. ' +
    'Received type number (1)',
});

resolver.setServers([]);
assert.deepStrictEqual(resolver.getServers(), []);

// Resolvers are independent.
const other = new dns.Resolver();
other.setServers(['192.0.2.7']);
assert.deepStrictEqual(resolver.getServers(), []);
assert.deepStrictEqual(other.getServers(), ['192.0.2.7']);

// Queries in flight (the server is a black hole on loopback: nothing
// answers before cancel()).
{
  const busy = new dns.Resolver();
  busy.setServers(['127.0.0.1:9']);
  busy.resolve4('a.test', common.mustCall());
  assert.throws(() => busy.setServers(['127.0.0.2']), {
    name: 'Error',
    code: 'ERR_DNS_SET_SERVERS_FAILED',
    message: 'c-ares failed to set servers: "There are pending queries." ' +
      "[[ '127.0.0.2' ]]",
  });
  assert.deepStrictEqual(busy.getServers(), ['127.0.0.1:9']);
  busy.cancel();
}
{
  // The module's default resolver: a new one takes the new servers.
  dns.setServers(['127.0.0.1:9']);
  const before = dns.resolve4;
  dns.resolve4('a.test', common.mustCall());
  dns.setServers(['127.0.0.3']);
  assert.notStrictEqual(dns.resolve4, before);
  assert.deepStrictEqual(dns.getServers(), ['127.0.0.3']);
  assert.deepStrictEqual(dns.promises.getServers(), ['127.0.0.3']);
  // dnsPromises.setServers moves only the promise API.
  dns.promises.setServers(['127.0.0.4']);
  assert.deepStrictEqual(dns.promises.getServers(), ['127.0.0.4']);
  assert.deepStrictEqual(dns.getServers(), ['127.0.0.3']);
}

// setLocalAddress: one address of each family, in either order.
resolver.setLocalAddress('127.0.0.1');
resolver.setLocalAddress('::1');
resolver.setLocalAddress('127.0.0.1', '::1');
resolver.setLocalAddress('::1', '127.0.0.1');
for (const [args, message] of [
  [['127.0.0.1', '127.0.0.1'], 'Cannot specify two IPv4 addresses.'],
  [['::1', '::1'], 'Cannot specify two IPv6 addresses.'],
  [['bad'], 'Invalid IP address.'],
  [['127.0.0.1', 'bad'], 'Invalid IP address.'],
]) {
  assert.throws(() => resolver.setLocalAddress(...args), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message,
  });
}
assert.throws(() => resolver.setLocalAddress(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ipv4" argument must be of type string. Received undefined',
});
assert.throws(() => resolver.setLocalAddress('127.0.0.1', 42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ipv6" argument must be of type string. Received type ' +
    'number (42)',
});
