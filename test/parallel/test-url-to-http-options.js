'use strict';
// url.urlToHttpOptions turns a URL into http.request() options.
require('../common');
const assert = require('assert');
const url = require('url');

const u = new URL('http://a%20b:p%40ss@[::1]:8080/x/y?q=1#h');
u.extra = 'kept';
const opts = url.urlToHttpOptions(u);
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual({ ...opts }, {
  extra: 'kept',
  protocol: 'http:',
  hostname: '::1',
  hash: '#h',
  search: '?q=1',
  pathname: '/x/y',
  path: '/x/y?q=1',
  href: 'http://a%20b:p%40ss@[::1]:8080/x/y?q=1#h',
  port: 8080,
  auth: 'a b:p@ss',
});
const plain = url.urlToHttpOptions(new URL('https://h/'));
assert.strictEqual('port' in plain, false);
assert.strictEqual('auth' in plain, false);
