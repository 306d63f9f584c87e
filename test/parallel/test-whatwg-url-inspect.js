'use strict';
// util.inspect of URL, URLSearchParams and their iterators, as node prints
// them.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(new URL('https://user:pw@a.com:8080/b?c=d#e')), `URL {
  href: 'https://user:pw@a.com:8080/b?c=d#e',
  origin: 'https://a.com:8080',
  protocol: 'https:',
  username: 'user',
  password: 'pw',
  host: 'a.com:8080',
  hostname: 'a.com',
  port: '8080',
  pathname: '/b',
  search: '?c=d',
  searchParams: URLSearchParams { 'c' => 'd' },
  hash: '#e'
}`);
assert.strictEqual(util.inspect({ u: new URL('http://x/') }, { depth: 0 }), '{ u: URL {} }');
class MyURL extends URL {}
assert.match(util.inspect(new MyURL('http://x/')), /^MyURL \{\n {2}href: 'http:\/\/x\/',/);
assert.strictEqual(typeof URL.prototype[util.inspect.custom], 'function');

assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')), "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(new URLSearchParams(`long=${'x'.repeat(70)}&b=2`)),
                   `URLSearchParams {\n  'long' => '${'x'.repeat(70)}',\n  'b' => '2' }`);
assert.strictEqual(util.inspect({ a: { b: new URLSearchParams('a=1') } }, { depth: 1 }), '{ a: { b: [Object] } }');
const params = new URLSearchParams('a=1&b=2');
assert.strictEqual(util.inspect(params.keys()), "URLSearchParams Iterator { 'a', 'b' }");
const entries = params.entries();
entries.next();
assert.strictEqual(util.inspect(entries), "URLSearchParams Iterator { [ 'b', '2' ] }");
assert.strictEqual(util.inspect(new URLSearchParams().values()), 'URLSearchParams Iterator {  }');
