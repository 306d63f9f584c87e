'use strict';
// pipeline(..., { end: false }) resolves once the source is drained and
// leaves the last stream open for more writes.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');

const written = [];
const sink = new Writable({
  write(chunk, encoding, cb) {
    written.push(chunk.toString());
    cb();
  },
});
sink.on('finish', common.mustNotCall());

(async () => {
  await pipeline(Readable.from(['a', 'b']), sink, { end: false });
  await pipeline(Readable.from(['c']), sink, { end: false });
  assert.deepStrictEqual(written, ['a', 'b', 'c']);
  assert.strictEqual(sink.writableEnded, false);
  assert.strictEqual(sink.destroyed, false);
})().then(common.mustCall());
