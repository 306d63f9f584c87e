'use strict';
// entries/keys/values/forEach and the iterator objects.
require('../common');
const assert = require('assert');

const p = new URLSearchParams('a=1&b=2');
assert.strictEqual(p[Symbol.iterator], p.entries);
assert.strictEqual(p[Symbol.iterator].name, 'entries');
assert.deepStrictEqual([...p], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...p.keys()], ['a', 'b']);
assert.deepStrictEqual([...p.values()], ['1', '2']);
const it = p.entries();
const proto = Object.getPrototypeOf(it);
assert.strictEqual(Object.getPrototypeOf(proto), Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
assert.strictEqual(Object.prototype.toString.call(it), '[object URLSearchParams Iterator]');
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.deepStrictEqual(it.next(), { value: ['b', '2'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
const seen = [];
p.forEach(function(value, name, obj) {
  seen.push([value, name, obj === p, this.tag]);
}, { tag: 'T' });
assert.deepStrictEqual(seen, [['1', 'a', true, 'T'], ['2', 'b', true, 'T']]);
// forEach follows a query replaced from inside the callback.
const url = new URL('http://h/?a=b');
const names = [];
url.searchParams.forEach((v, k) => {
  names.push(k);
  if (k === 'a') url.search = '?z=1&y=2';
});
assert.deepStrictEqual(names, ['a', 'y']);
