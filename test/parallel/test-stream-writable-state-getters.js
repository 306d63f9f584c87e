'use strict';
// The writable* getters follow the stream through writing, corking,
// ending and finishing.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

let pending;
const w = new Writable({
  highWaterMark: 3,
  write(chunk, encoding, cb) { pending = cb; },
});
assert.strictEqual(w.writable, true);
assert.strictEqual(w.writableHighWaterMark, 3);
assert.strictEqual(w.writableObjectMode, false);
assert.strictEqual(w.writableLength, 0);
assert.strictEqual(w.writableCorked, 0);
assert.strictEqual(w.writableEnded, false);
assert.strictEqual(w.writableFinished, false);
assert.strictEqual(w.writableNeedDrain, false);
assert.strictEqual(w.writableAborted, false);
assert.strictEqual(w.closed, false);
assert.strictEqual(w.errored, null);

w.write('abcd');
assert.strictEqual(w.writableLength, 4);
assert.strictEqual(w.writableNeedDrain, true);
w.cork();
assert.strictEqual(w.writableCorked, 1);
w.end();
assert.strictEqual(w.writable, false);
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writableCorked, 0);
// Ending hides the need for 'drain'.
assert.strictEqual(w.writableNeedDrain, false);
w.on('finish', common.mustCall(() => {
  assert.strictEqual(w.writableFinished, true);
  assert.strictEqual(w.writableLength, 0);
}));
w.on('close', common.mustCall(() => {
  assert.strictEqual(w.closed, true);
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.writableAborted, false);
}));
pending();
