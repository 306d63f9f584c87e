'use strict';
// Host parsing: IPv4 in all its forms, IPv6 with compression and embedded
// IPv4, opaque hosts of non-special URLs, IDNA, and the failures.
require('../common');
const assert = require('assert');

const host = (input) => new URL(input).host;
assert.strictEqual(host('http://0x7f.1/'), '127.0.0.1');
assert.strictEqual(host('http://017700000001/'), '127.0.0.1');
assert.strictEqual(host('http://2130706433/'), '127.0.0.1');
assert.strictEqual(host('http://1.1.65535/'), '1.1.255.255');
assert.strictEqual(host('http://192.0x00A80001/'), '192.168.0.1');
assert.strictEqual(host('http://4294967295/'), '255.255.255.255');
assert.strictEqual(host('http://0x4./'), '0.0.0.4');
assert.strictEqual(host('http://[0:0:0:0:0:0:13.1.68.3]/'), '[::d01:4403]');
assert.strictEqual(host('http://[1:0:0:2:0:0:0:3]/'), '[1:0:0:2::3]');
assert.strictEqual(host('http://[0:1:0:1:0:1:0:1]/'), '[0:1:0:1:0:1:0:1]');
assert.strictEqual(host('http://[FFFF::abcd]:80/'), '[ffff::abcd]');
assert.strictEqual(host('http://[::]/'), '[::]');
assert.strictEqual(host('sc://%41%zz/'), '%41%zz');
assert.strictEqual(host('sc://h\u007f/'), 'h%7F');
assert.strictEqual(host('http://ExAmPlE.CoM/'), 'example.com');
assert.strictEqual(host('http://faß.example/'), 'xn--fa-hia.example');
assert.strictEqual(host('http://\u{1F4A9}.la/'), 'xn--ls8h.la');
assert.strictEqual(host('http://www.foo\u3002bar.com/'), 'www.foo.bar.com');
assert.strictEqual(host('http://\uFF27\uFF4F.com/'), 'go.com');
for (const bad of ['http://4294967296/', 'http://1.2.3.4.5/', 'http://0x100.2.3.4/', 'http://09.2.3.4/',
  'http://foo.09/', 'http://foo.0x4./', 'http://[1::2::3]/', 'http://[::1.2.3.]/', 'http://[1:2:3:4:5:6:7:8:9]/',
  'http://a b/', 'http://a%25b/', 'http://xn--/', 'http://\ufdd0zyx.com/', 'sc://a b/', 'sc://a[b/',
  'http://a\u200db.com/']) {
  assert.throws(() => new URL(bad), { code: 'ERR_INVALID_URL' }, bad);
}
