'use strict';
// The fields of a parsed legacy Url, its prototype and its query object.
require('../common');
const assert = require('assert');
const url = require('url');

const u = url.parse('HTTP://user:pw@Host.COM:8080/p/a/t/h?query=string#hash', true);
assert.ok(u instanceof url.Url);
assert.deepStrictEqual(Object.keys(u), [
  'protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search',
  'query', 'pathname', 'path', 'href',
]);
assert.strictEqual(u.protocol, 'http:');
assert.strictEqual(u.slashes, true);
assert.strictEqual(u.auth, 'user:pw');
assert.strictEqual(u.host, 'host.com:8080');
assert.strictEqual(u.port, '8080');
assert.strictEqual(u.hostname, 'host.com');
assert.strictEqual(u.hash, '#hash');
assert.strictEqual(u.search, '?query=string');
assert.strictEqual(Object.getPrototypeOf(u.query), null);
assert.deepStrictEqual({ ...u.query }, { query: 'string' });
assert.strictEqual(u.path, '/p/a/t/h?query=string');
assert.strictEqual(u.href, 'http://user:pw@host.com:8080/p/a/t/h?query=string#hash');
// An already parsed Url is returned as it is.
assert.strictEqual(url.parse(u), u);
// '//host/path' is a host only when asked.
assert.strictEqual(url.parse('//foo/bar').host, null);
assert.strictEqual(url.parse('//foo/bar', false, true).host, 'foo');
// IDNA: Unicode hostnames are punycoded.
assert.strictEqual(url.parse('http://ü.com/').hostname, 'xn--tda.com');
assert.throws(() => url.parse(5), { code: 'ERR_INVALID_ARG_TYPE', message: /"url"/ });
