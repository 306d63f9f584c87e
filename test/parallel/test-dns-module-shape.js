'use strict';
// What require('dns') and require('dns/promises') export, as node 20:
// names, order, constants, function names and lengths.
require('../common');
const assert = require('assert');
const dns = require('dns');

const errorCodes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP',
                    'REFUSED', 'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP',
                    'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM',
                    'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS',
                    'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS',
                    'CANCELLED'];
const resolverKeys = ['getServers', 'resolve', 'resolve4', 'resolve6',
                      'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
                      'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
                      'resolveSrv', 'resolveTxt', 'reverse'];
assert.deepStrictEqual(Object.keys(dns), [
  'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder',
  'setDefaultResultOrder', 'setServers', 'ADDRCONFIG', 'ALL', 'V4MAPPED',
  ...errorCodes, ...resolverKeys, 'promises',
]);
assert.deepStrictEqual(Object.keys(dns.promises), [
  'lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder',
  'setDefaultResultOrder', 'setServers', ...errorCodes, ...resolverKeys,
]);
for (const code of errorCodes) {
  assert.strictEqual(dns[code], code === 'EOF' ? 'EOF' : `E${code}`);
  assert.strictEqual(dns.promises[code], dns[code]);
}
assert.strictEqual(dns.ADDRCONFIG, 32);
assert.strictEqual(dns.V4MAPPED, 8);
assert.strictEqual(dns.ALL, 16);

const descriptor = Object.getOwnPropertyDescriptor(dns, 'promises');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(descriptor.enumerable, true);
assert.strictEqual(descriptor.configurable, true);
assert.strictEqual(require('dns/promises'), dns.promises);
assert.strictEqual(require('node:dns/promises'), dns.promises);

for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
  assert.deepStrictEqual(Object.getOwnPropertyNames(Resolver.prototype), [
    'constructor', 'resolveAny', 'resolve4', 'resolve6', 'resolveCaa',
    'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv',
    'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse', 'resolve',
  ]);
  assert.deepStrictEqual(
    Object.getOwnPropertyNames(Object.getPrototypeOf(Resolver.prototype)),
    ['constructor', 'cancel', 'getServers', 'setServers', 'setLocalAddress']);
  assert.strictEqual(Resolver.prototype.resolve4.name, 'queryA');
  assert.strictEqual(Resolver.prototype.reverse.name, 'getHostByAddr');
  assert.strictEqual(Resolver.length, 0);
}
assert.strictEqual(dns.resolve4.name, 'bound queryA');
assert.strictEqual(dns.resolveAny.name, 'bound queryAny');
assert.strictEqual(dns.lookup.length, 3);
assert.strictEqual(dns.lookupService.length, 3);
assert.strictEqual(dns.resolve.length, 3);
assert.strictEqual(dns.resolve4.length, 2);
assert.strictEqual(dns.promises.resolve4.length, 2);
assert.strictEqual(dns.promises.lookup.length, 2);
assert.strictEqual(dns.reverse.length, 2);
assert.strictEqual(new dns.Resolver()._handle.constructor.name, 'ChannelWrap');
