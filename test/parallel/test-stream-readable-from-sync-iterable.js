'use strict';
// Readable.from(iterable) is an object-mode stream (highWaterMark 1) that
// pulls from the iterator only as it is read; promises among the values
// are awaited.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const pulled = [];
function* gen() {
  for (let i = 1; i <= 3; i++) {
    pulled.push(i);
    yield i;
  }
}
const r = Readable.from(gen());
assert.strictEqual(r.readableObjectMode, true);
assert.strictEqual(r.readableHighWaterMark, 1);
assert.deepStrictEqual(pulled, []);

r.toArray().then(common.mustCall((values) => {
  assert.deepStrictEqual(values, [1, 2, 3]);
  assert.deepStrictEqual(pulled, [1, 2, 3]);
}));

Readable.from([Promise.resolve('a'), 'b', Promise.resolve('c')]).toArray()
  .then(common.mustCall((values) => {
    assert.deepStrictEqual(values, ['a', 'b', 'c']);
  }));

const bytes = Readable.from(['x', 'y'], { objectMode: false, highWaterMark: 5 });
assert.strictEqual(bytes.readableObjectMode, false);
assert.strictEqual(bytes.readableHighWaterMark, 5);
