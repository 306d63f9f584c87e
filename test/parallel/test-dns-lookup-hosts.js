'use strict';
// dns.lookup goes through getaddrinfo, so it sees /etc/hosts: 'localhost'
// and another name of the hosts file resolve without any DNS server; IP
// literals come back as themselves without a lookup; an unknown name is
// ENOTFOUND with errno, syscall getaddrinfo and hostname.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const fs = require('fs');
const { promisify } = require('util');

dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert.ok(address === '127.0.0.1' || address === '::1', address);
  assert.strictEqual(family, address === '::1' ? 6 : 4);
}));

dns.lookup('localhost', { family: 4, all: true },
           common.mustSucceed((addresses, second) => {
             assert.ok(addresses.length >= 1);
             for (const entry of addresses) {
               assert.deepStrictEqual(Object.keys(entry), ['address', 'family']);
               assert.strictEqual(entry.family, 4);
             }
             assert.ok(addresses.some((e) => e.address === '127.0.0.1'));
             assert.strictEqual(second, undefined);
           }));

dns.lookup('LocalHost', 4, common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

// Another name from the hosts file (the first IPv4 entry that is not
// localhost), resolved to the address the file gives.
{
  const text = fs.readFileSync('/etc/hosts', 'latin1');
  let entry;
  for (const line of text.split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/);
    if (fields.length < 2 || !/^\d+\.\d+\.\d+\.\d+$/.test(fields[0])) continue;
    const name = fields.slice(1).find((n) => n !== 'localhost' &&
                                      !n.startsWith('localhost.'));
    if (name) {
      entry = { address: fields[0], name };
      break;
    }
  }
  if (entry) {
    dns.lookup(entry.name, { family: 4, all: true },
               common.mustSucceed((addresses) => {
                 assert.ok(addresses.some((e) => e.address === entry.address),
                           `${entry.name}: ${JSON.stringify(addresses)}`);
               }));
  }
}

// IP literals: no lookup, and on a later tick.
{
  let sync = true;
  dns.lookup('::ffff:1.2.3.4', common.mustSucceed((address, family) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(address, '::ffff:1.2.3.4');
    assert.strictEqual(family, 6);
  }));
  dns.lookup('192.0.2.1', { all: true }, common.mustSucceed((addresses) => {
    assert.deepStrictEqual(addresses, [{ address: '192.0.2.1', family: 4 }]);
  }));
  assert.deepStrictEqual(dns.lookup('10.0.0.1', common.mustCall()), {});
  sync = false;
}

// A name nobody knows (.invalid is reserved, RFC 2606): ENOTFOUND, or
// EAI_AGAIN on a machine whose DNS server cannot be reached.
{
  const req = dns.lookup('no-such-host.invalid', common.mustCall((err) => {
    assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN', err.code);
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'no-such-host.invalid');
    assert.strictEqual(typeof err.errno, 'number');
    assert.strictEqual(err.message,
                       `getaddrinfo ${err.code} no-such-host.invalid`);
    assert.deepStrictEqual(Object.keys(err),
                           ['errno', 'code', 'syscall', 'hostname']);
  }));
  assert.strictEqual(req.constructor.name, 'GetAddrInfoReqWrap');
  assert.strictEqual(req.hostname, 'no-such-host.invalid');
  assert.strictEqual(req.family, 0);
}

// Promise forms.
(async () => {
  assert.deepStrictEqual(await dns.promises.lookup('localhost', 4),
                         { address: '127.0.0.1', family: 4 });
  assert.deepStrictEqual(await promisify(dns.lookup)('127.0.0.1'),
                         { address: '127.0.0.1', family: 4 });
  const all = await dns.promises.lookup('localhost', { all: true, family: 4 });
  assert.ok(all.some((e) => e.address === '127.0.0.1'));
  await assert.rejects(dns.promises.lookup('no-such-host.invalid'), {
    code: /^(ENOTFOUND|EAI_AGAIN)$/,
    syscall: 'getaddrinfo',
    hostname: 'no-such-host.invalid',
  });
})().then(common.mustCall());
