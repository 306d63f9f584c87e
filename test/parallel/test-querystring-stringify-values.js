'use strict';
// querystring.stringify: which values are written and how.
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(qs.stringify({
  s: 'x y', n: 1, big: 2n, t: true, f: false, arr: [1, 'a'], empty: [],
  nul: null, und: undefined, nan: NaN, inf: Infinity, obj: { a: 1 }, huge: 1e21,
}), 's=x%20y&n=1&big=2&t=true&f=false&arr=1&arr=a&nul=&und=&nan=&inf=&obj=&huge=1e%2B21');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify({ 'é': 'ü' }), '%C3%A9=%C3%BC');
assert.strictEqual(qs.stringify({ a: 'b' }, null, null, {
  encodeURIComponent: (s) => `<${s}>`,
}), '<a>=<b>');
// Only own enumerable keys; anything but an object gives ''.
assert.strictEqual(qs.stringify(Object.create({ inherited: 1 })), '');
assert.strictEqual(qs.stringify('a=b'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.encode, qs.stringify);
