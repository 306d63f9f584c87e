'use strict';
// getDefaultResultOrder / setDefaultResultOrder and --dns-result-order.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.strictEqual(dns.promises.getDefaultResultOrder(), 'verbatim');
for (const order of ['ipv4first', 'ipv6first', 'verbatim']) {
  dns.setDefaultResultOrder(order);
  assert.strictEqual(dns.getDefaultResultOrder(), order);
  assert.strictEqual(dns.promises.getDefaultResultOrder(), order);
}
dns.promises.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
for (const bad of ['x', 1, undefined, 'IPV4FIRST']) {
  assert.throws(() => dns.setDefaultResultOrder(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'\. Received/,
  });
}
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');

// Each order still finds localhost.
for (const order of ['ipv4first', 'ipv6first', 'verbatim']) {
  dns.lookup('localhost', { order, all: true },
             common.mustSucceed((addresses) => {
               assert.ok(addresses.length > 0);
               const families = addresses.map((a) => a.family);
               if (order === 'ipv4first') {
                 assert.deepStrictEqual(families, [...families].sort());
               } else if (order === 'ipv6first') {
                 assert.deepStrictEqual(families, [...families].sort().reverse());
               }
             }));
}

const child = common.spawnSelf(['--dns-result-order=ipv6first', '-p',
                                'require("dns").getDefaultResultOrder()']);
assert.strictEqual(child.stdout, 'ipv6first\n');
assert.strictEqual(child.status, 0);
