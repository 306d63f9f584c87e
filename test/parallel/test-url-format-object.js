'use strict';
// url.format() of plain objects and strings.
require('../common');
const assert = require('assert');
const url = require('url');

assert.strictEqual(url.format({
  protocol: 'https', hostname: 'example.com', pathname: '/some/path',
  query: { page: 1, format: 'json' },
}), 'https://example.com/some/path?page=1&format=json');
// host wins over hostname + port; a bare IPv6 hostname gets brackets.
assert.strictEqual(url.format({ protocol: 'http', host: 'a:1', hostname: 'b', port: 2 }), 'http://a:1');
assert.strictEqual(url.format({ protocol: 'http', hostname: '::1', port: 8 }), 'http://[::1]:8');
// '#' and '?' in the pathname are escaped; search beats query.
assert.strictEqual(url.format({ pathname: '/a#b?c', search: 'x=1', query: { y: 2 } }), '/a%23b%3Fc?x=1');
assert.strictEqual(url.format({ protocol: 'mailto', auth: 'a b:c', hostname: 'h' }), 'mailto:a%20b:c@h');
assert.strictEqual(url.format({ protocol: 'file' }), 'file://');
assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }), 'file:///x');
assert.strictEqual(url.format('HTTP://A.com/x y'), 'http://a.com/x%20y');
assert.strictEqual(url.format({ hash: 'h', search: '?#' }), '?%23#h');
for (const bad of [null, undefined, 5, true]) {
  assert.throws(() => url.format(bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "urlObject" argument must be one of type object or string\. Received /,
  });
}
