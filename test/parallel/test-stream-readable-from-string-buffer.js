'use strict';
// Readable.from() pushes a string or a Buffer whole, as one chunk.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const s = Readable.from('hello');
assert.strictEqual(s.readableObjectMode, true);
s.toArray().then(common.mustCall((chunks) => {
  assert.deepStrictEqual(chunks, ['hello']);
}));

const b = Readable.from(Buffer.from('bytes'));
b.toArray().then(common.mustCall((chunks) => {
  assert.strictEqual(chunks.length, 1);
  assert.deepStrictEqual(chunks[0], Buffer.from('bytes'));
}));
