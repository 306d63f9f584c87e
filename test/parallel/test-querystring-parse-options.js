'use strict';
// querystring.parse(str, sep, eq, { maxKeys, decodeURIComponent }).
require('../common');
const assert = require('assert');
const qs = require('querystring');

const plain = (o) => ({ ...o });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2&a=3')), { a: ['1', '3'], b: '2' });
assert.deepStrictEqual(plain(qs.parse('a:1;b:2', ';', ':')), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a==1&&b==2', '&&', '==')), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })), { a: '1', b: '2' });
// 0 (or less) means no limit; the default is 1000.
const many = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 1500);
// A custom decoder sees every non-empty part, '+' handed over as '%20'.
const seen = [];
const decoded = qs.parse('a+b=c', null, null, {
  decodeURIComponent(s) { seen.push(s); return s.toUpperCase(); },
});
assert.deepStrictEqual(plain(decoded), { 'A%20B': 'C' });
assert.deepStrictEqual(seen, ['a%20b', 'c']);
// A decoder that throws falls back to querystring.unescape.
assert.deepStrictEqual(plain(qs.parse('a=%41', null, null, {
  decodeURIComponent() { throw new Error('no'); },
})), { a: 'A' });
// '+' is a space; '__proto__' is an ordinary key of a null-prototype object.
const odd = qs.parse('__proto__=1&x+y=%20');
assert.strictEqual(Object.getPrototypeOf(odd), null);
assert.deepStrictEqual(plain(odd), { ['__proto__']: '1', 'x y': ' ' });
assert.deepStrictEqual(plain(qs.parse('')), {});
assert.deepStrictEqual(plain(qs.parse(5)), {});
assert.strictEqual(qs.decode, qs.parse);
