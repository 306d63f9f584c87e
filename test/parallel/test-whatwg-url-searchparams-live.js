'use strict';
// url.searchParams and url.search stay in step both ways.
require('../common');
const assert = require('assert');

const url = new URL('http://h/p?a=1&b=2#f');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);
params.append('c', '3 4');
assert.strictEqual(url.href, 'http://h/p?a=1&b=2&c=3+4#f');
params.delete('a');
params.delete('b');
params.delete('c');
// No pairs left: no '?' at all.
assert.strictEqual(url.href, 'http://h/p#f');
assert.strictEqual(url.search, '');
url.search = '?x=y';
assert.strictEqual(params.get('x'), 'y');
assert.strictEqual(params.size, 1);
url.href = 'http://h/?z=1&z=2';
assert.deepStrictEqual(params.getAll('z'), ['1', '2']);
params.set('z', 'é');
assert.strictEqual(url.href, 'http://h/?z=%C3%A9');
// An opaque path loses trailing spaces when the query goes.
const opaque = new URL('sc:op  ?a=1');
opaque.searchParams.delete('a');
assert.strictEqual(opaque.href, 'sc:op');
// Iterators see the live list.
const it = new URL('http://h/?a=b').searchParams;
const keys = it.keys();
it.append('c', 'd');
assert.deepStrictEqual([...keys], ['a', 'c']);
// toString, toJSON and JSON.stringify give href.
const u2 = new URL('http://h/?a=1');
u2.searchParams.append('b', '2');
assert.strictEqual(String(u2), 'http://h/?a=1&b=2');
assert.strictEqual(u2.toJSON(), 'http://h/?a=1&b=2');
assert.strictEqual(JSON.stringify({ u2 }), '{"u2":"http://h/?a=1&b=2"}');

// A query that itself starts with '?' keeps it: only the URL's own '?'
// prefix is dropped (URLSearchParams strings lose one leading '?').
{
  const url = new URL('http://x/??a');
  assert.strictEqual(url.search, '??a');
  assert.strictEqual(String(url.searchParams), '%3Fa=');
  url.search = '??b';
  assert.strictEqual(String(url.searchParams), '%3Fb=');
  assert.strictEqual(String(new URLSearchParams('??c')), '%3Fc=');
  assert.strictEqual(String(new URLSearchParams('?c')), 'c=');
}
