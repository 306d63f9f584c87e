'use strict';
// While corked, writes are queued; uncorking as often as corked hands them
// to _writev in one call (with allBuffers), and every callback runs.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  write: common.mustNotCall(),
  writev: common.mustCall((chunks, cb) => {
    assert.deepStrictEqual(chunks.map((c) => c.chunk.toString()), ['a', 'b', 'c']);
    assert.deepStrictEqual(chunks.map((c) => c.encoding), ['buffer', 'buffer', 'buffer']);
    assert.strictEqual(chunks.allBuffers, true);
    cb();
  }),
});
w.cork();
w.cork();
w.write('a', common.mustCall());
w.write('b');
w.write('c', common.mustCall());
assert.strictEqual(w.writableCorked, 2);
assert.strictEqual(w.writableLength, 3);
w.uncork();
assert.strictEqual(w.writableCorked, 1);
assert.strictEqual(w.writableLength, 3);
w.uncork();
assert.strictEqual(w.writableCorked, 0);
assert.strictEqual(w.writableLength, 0);
w.uncork();  // Not corked: nothing happens.
assert.strictEqual(w.writableCorked, 0);
