'use strict';
// A Transform takes the next chunk only when its output has been read below
// highWaterMark: the write callback waits for the reader.
const common = require('../common');
const assert = require('assert');
const { Transform } = require('stream');

const transformed = [];
const t = new Transform({
  objectMode: true,
  highWaterMark: 1,
  transform(chunk, encoding, cb) {
    transformed.push(chunk);
    cb(null, chunk * 10);
  },
});
t.write(1);
t.write(2);
t.write(3);
setImmediate(common.mustCall(() => {
  // The readable side holds 10: chunk 1's write is not done, 2 and 3 wait.
  assert.deepStrictEqual(transformed, [1]);
  assert.strictEqual(t.readableLength, 1);
  assert.strictEqual(t.writableLength, 3);
  assert.strictEqual(t.read(), 10);
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(transformed, [1, 2]);
    assert.strictEqual(t.writableLength, 2);
    assert.strictEqual(t.read(), 20);
    // Reading 20 released chunk 3, transformed synchronously.
    assert.strictEqual(t.read(), 30);
    assert.deepStrictEqual(transformed, [1, 2, 3]);
  }));
}));
