'use strict';
// new URLSearchParams(init) from a string, a sequence of pairs, a record,
// another URLSearchParams; with node's errors for bad pairs.
require('../common');
const assert = require('assert');

assert.strictEqual(new URLSearchParams('?a=1&b=2').toString(), 'a=1&b=2');
assert.strictEqual(new URLSearchParams('??a=1').toString(), '%3Fa=1');
assert.strictEqual(new URLSearchParams('a=b=c&&d&=e&f+g=%20%zz').toString(), 'a=b%3Dc&d=&=e&f+g=+%25zz');
assert.strictEqual(new URLSearchParams([['a', 'b'], new Set(['c', 'd'])]).toString(), 'a=b&c=d');
assert.strictEqual(new URLSearchParams({ a: 1, b: [2, 3] }).toString(), 'a=1&b=2%2C3');
// A record's symbol keys cannot become names.
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: null, x: 1 }), TypeError);
const copy = new URLSearchParams(new URLSearchParams('x=1'));
assert.strictEqual(copy.toString(), 'x=1');
// Lone surrogates become U+FFFD; bad UTF-8 escapes decode to U+FFFD.
assert.strictEqual(new URLSearchParams('\ud800=%FF').toString(), '%EF%BF%BD=%EF%BF%BD');
assert.strictEqual(new URLSearchParams(undefined).toString(), '');
assert.strictEqual(new URLSearchParams(null).toString(), '');
assert.strictEqual(URLSearchParams.length, 0);

const tuple = { code: 'ERR_INVALID_TUPLE', name: 'TypeError', message: 'Each query pair must be an iterable [name, value] tuple' };
assert.throws(() => new URLSearchParams([['a']]), tuple);
assert.throws(() => new URLSearchParams([['a', 'b', 'c']]), tuple);
assert.throws(() => new URLSearchParams([null]), tuple);
assert.throws(() => new URLSearchParams([5]), tuple);
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', name: 'TypeError', message: 'Query pairs must be iterable',
});
assert.throws(() => new URLSearchParams({ [Symbol('s')]: 1 }), TypeError);
// A getter runs once per key.
let reads = 0;
assert.strictEqual(new URLSearchParams({ get a() { reads++; return 'g'; } }).toString(), 'a=g');
assert.strictEqual(reads, 1);
