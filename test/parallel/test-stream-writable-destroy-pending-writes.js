'use strict';
// destroy() fails the queued writes and end()'s callback with
// ERR_STREAM_DESTROYED, once the write in progress has completed (with its
// own result).
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

let pending;
const w = new Writable({
  write(chunk, encoding, cb) { pending = cb; },
});
const order = [];
w.write('a', common.mustCall((err) => order.push(`a:${err}`)));
w.write('b', common.mustCall((err) => order.push(`b:${err.code}`)));
w.end('c', common.mustCall((err) => order.push(`end:${err.code}`)));
w.destroy();
assert.strictEqual(w.destroyed, true);
assert.strictEqual(w.writableAborted, true);
w.on('close', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(order, []);
    pending();
    assert.deepStrictEqual(order, [
      'a:null', 'b:ERR_STREAM_DESTROYED', 'end:ERR_STREAM_DESTROYED',
    ]);
  }));
}));
