'use strict';
// In object mode any value but null is a chunk of length 1; the encoding
// is passed on untouched (undefined when not given, null with a callback).
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const seen = [];
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, encoding, cb) {
    seen.push([chunk, encoding]);
    cb();
  },
});
assert.strictEqual(w.writableObjectMode, true);
assert.strictEqual(w.writableHighWaterMark, 2);
w.write({ a: 1 });
w.write(0, () => {});
w.write('s', 'hex');
w.write(undefined);
w.end(common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    [{ a: 1 }, undefined],
    [0, null],
    ['s', 'hex'],
    [undefined, undefined],
  ]);
}));
