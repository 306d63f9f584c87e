'use strict';
// for await over a Readable yields its chunks in order, including those
// pushed later, and ends with the stream.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  setImmediate(() => {
    r.push(3);
    r.push(null);
  });
  const got = [];
  for await (const value of r) got.push(value);
  assert.deepStrictEqual(got, [1, 2, 3]);
  assert.strictEqual(r.readableEnded, true);

  const it = Readable.from(['a'])[Symbol.asyncIterator]();
  assert.strictEqual(typeof it.stream.read, 'function');
  assert.deepStrictEqual(await it.next(), { value: 'a', done: false });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
})().then(common.mustCall());
