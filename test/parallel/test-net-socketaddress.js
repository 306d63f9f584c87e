'use strict';
// net.SocketAddress: defaults, canonical IPv6 text, validation, inspection.
require('../common');
const assert = require('assert');
const net = require('net');
const util = require('util');

const def = new net.SocketAddress();
assert.deepStrictEqual(def.toJSON(), {
  address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0,
});
assert.strictEqual(util.inspect(def),
                   "SocketAddress { address: '127.0.0.1', port: 0, " +
                   "family: 'ipv4', flowlabel: 0 }");
assert.strictEqual(new net.SocketAddress({ family: 'ipv6' }).address, '::');
for (const [input, text] of [
  ['::0001', '::1'], ['1:0:0:0:0:0:0:1', '1::1'],
  ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
  ['::ffff:1.2.3.4', '::ffff:1.2.3.4'], ['FE80::1', 'fe80::1'],
]) {
  assert.strictEqual(
    new net.SocketAddress({ address: input, family: 'ipv6' }).address, text);
}
const a = new net.SocketAddress({ address: '::1', port: 8080, family: 'IPv6',
                                  flowlabel: 7 });
assert.strictEqual(a.port, 8080);
assert.strictEqual(a.family, 'ipv6');
assert.strictEqual(a.flowlabel, 7);

assert.throws(() => new net.SocketAddress({ family: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'x'",
});
assert.throws(() => new net.SocketAddress({ address: '1.2.3' }), {
  code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address',
});
assert.throws(() => new net.SocketAddress({ port: 65536 }), {
  code: 'ERR_SOCKET_BAD_PORT',
});
assert.throws(() => new net.SocketAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
