'use strict';
// net.BlockList: addresses, ranges and subnets, newest rule first; IPv4
// rules match the IPv4-mapped IPv6 form; bad input throws node's errors.
require('../common');
const assert = require('assert');
const net = require('net');
const util = require('util');

const list = new net.BlockList();
list.addAddress('10.0.0.1');
list.addRange('192.168.0.10', '192.168.0.20');
list.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
list.addSubnet('172.16.0.0', 12);
assert.deepStrictEqual(list.rules, [
  'Subnet: IPv4 172.16.0.0/12',
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 192.168.0.10-192.168.0.20',
  'Address: IPv4 10.0.0.1',
]);
assert.strictEqual(list.check('10.0.0.1'), true);
assert.strictEqual(list.check('10.0.0.2'), false);
assert.strictEqual(list.check('192.168.0.15'), true);
assert.strictEqual(list.check('192.168.0.21'), false);
assert.strictEqual(list.check('172.31.255.255'), true);
assert.strictEqual(list.check('172.32.0.0'), false);
assert.strictEqual(list.check('8592:757c:efae:4e45:f::', 'ipv6'), true);
assert.strictEqual(list.check('8592:757c:efae:4e46::', 'ipv6'), false);
assert.strictEqual(list.check('::ffff:10.0.0.1', 'ipv6'), true);
assert.strictEqual(list.check('not an address'), false);
assert.strictEqual(
  util.inspect(new net.BlockList()), 'BlockList { rules: [] }');

const address = new net.SocketAddress({ address: '10.1.1.1' });
list.addAddress(address);
assert.strictEqual(list.check(address), true);

assert.throws(() => list.addAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => list.addRange('10.0.0.5', '10.0.0.1'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'start' must come before end\./,
});
assert.throws(() => list.addSubnet('1.1.1.1', 33), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. ' +
    'Received 33',
});
assert.throws(() => list.check(1), { code: 'ERR_INVALID_ARG_TYPE' });
