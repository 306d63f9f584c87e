'use strict';
// unpipe(dest) stops writing to dest and emits 'unpipe' on it; with no
// destination left the source pauses. unpipe() removes all of them.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = new Readable({ read() {} });
const got = { a: [], b: [] };
const make = (name) => new Writable({
  write(chunk, encoding, cb) { got[name].push(chunk.toString()); cb(); },
});
const a = make('a');
const b = make('b');
src.pipe(a);
src.pipe(b);
a.on('unpipe', common.mustCall((s) => assert.strictEqual(s, src)));
b.on('unpipe', common.mustCall());
src.push('1');
setImmediate(common.mustCall(() => {
  assert.strictEqual(src.unpipe(a), src);
  assert.strictEqual(src._readableState.pipes.length, 1);
  assert.strictEqual(src.readableFlowing, true);
  src.push('2');
  setImmediate(common.mustCall(() => {
    src.unpipe();
    assert.strictEqual(src._readableState.pipes.length, 0);
    assert.strictEqual(src.readableFlowing, false);
    src.push('3');
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(got, { a: ['1'], b: ['1', '2'] });
      assert.strictEqual(src.readableLength, 1);
      // Unpiping what is not piped is a no-op.
      assert.strictEqual(src.unpipe(a), src);
    }));
  }));
}));
