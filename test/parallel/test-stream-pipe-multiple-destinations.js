'use strict';
// A source piped to two destinations writes every chunk to both and waits
// for the slower one to drain.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = new Readable({ read() {} });
const fast = [];
const slow = [];
const a = new Writable({
  write(chunk, encoding, cb) { fast.push(chunk.toString()); cb(); },
});
const b = new Writable({
  highWaterMark: 1,
  write(chunk, encoding, cb) { slow.push(chunk.toString()); setTimeout(cb, 5); },
});
src.pipe(a);
src.pipe(b);
assert.strictEqual(src._readableState.pipes.length, 2);
for (const c of ['1', '2', '3']) src.push(c);
src.push(null);
let finished = 0;
const onFinish = common.mustCall(() => {
  if (++finished === 2) {
    assert.deepStrictEqual(fast, ['1', '2', '3']);
    assert.deepStrictEqual(slow, ['1', '2', '3']);
  }
}, 2);
a.on('finish', onFinish);
b.on('finish', onFinish);
