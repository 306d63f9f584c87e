'use strict';
// end() uncorks however often the stream was corked, and writes its chunk
// with the queued ones.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const written = [];
const w = new Writable({
  decodeStrings: false,
  writev: common.mustCall((chunks, cb) => {
    written.push(chunks.map((c) => c.chunk).join(''));
    assert.strictEqual(chunks.allBuffers, false);
    cb();
  }),
});
w.cork();
w.cork();
w.cork();
w.write('x');
w.write('y');
w.end('z');
assert.strictEqual(w.writableCorked, 0);
w.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(written, ['xyz']);
}));
