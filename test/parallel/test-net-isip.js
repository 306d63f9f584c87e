'use strict';
// net.isIP / isIPv4 / isIPv6 on valid, invalid and non-string input.
require('../common');
const assert = require('assert');
const net = require('net');

for (const [input, family] of [
  ['127.0.0.1', 4], ['0.0.0.0', 4], ['255.255.255.255', 4],
  ['256.0.0.1', 0], ['1.2.3', 0], ['01.2.3.4', 0], ['1.2.3.4 ', 0],
  ['::1', 6], ['::', 6], ['fe80::1%eth0', 6], ['::ffff:127.0.0.1', 6],
  ['2001:db8:0:0:0:0:2:1', 6], ['2001:db8::2::1', 0], [':::', 0],
  ['1:2:3:4:5:6:7:8:9', 0], ['', 0], ['localhost', 0],
  [123, 0], [undefined, 0], [null, 0], [{}, 0],
]) {
  assert.strictEqual(net.isIP(input), family, String(input));
  assert.strictEqual(net.isIPv4(input), family === 4, String(input));
  assert.strictEqual(net.isIPv6(input), family === 6, String(input));
}
