'use strict';
// write() returns false once highWaterMark is reached; 'drain' is emitted
// once everything queued has been written.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const callbacks = [];
const w = new Writable({
  highWaterMark: 4,
  write(chunk, encoding, cb) { callbacks.push(cb); },
});
assert.strictEqual(w.write('ab'), true);
assert.strictEqual(w.write('cd'), false);
assert.strictEqual(w.writableNeedDrain, true);
assert.strictEqual(w.write('e'), false);
assert.strictEqual(w.writableLength, 5);
assert.strictEqual(w.writableBuffer.length, 2);

w.on('drain', common.mustCall(() => {
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
}));
(function next() {
  const cb = callbacks.shift();
  if (cb) {
    cb();
    setImmediate(next);
  }
})();
