'use strict';
// A highWaterMark that is not a non-negative integer throws
// ERR_INVALID_ARG_VALUE naming the option; options for the two sides of a
// Duplex are named as such.
require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');

for (const value of [-1, 1.5, NaN, '16']) {
  assert.throws(() => new Readable({ highWaterMark: value }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The property 'options\.highWaterMark' is invalid\. Received /,
  });
  assert.throws(() => new Writable({ highWaterMark: value }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
}
assert.throws(() => new Duplex({ readableHighWaterMark: -1 }), {
  message: "The property 'options.readableHighWaterMark' is invalid. Received -1",
});
assert.throws(() => new Duplex({ writableHighWaterMark: -2 }), {
  message: "The property 'options.writableHighWaterMark' is invalid. Received -2",
});
// highWaterMark wins over the per-side options.
const d = new Duplex({ highWaterMark: 7, readableHighWaterMark: 5 });
assert.strictEqual(d.readableHighWaterMark, 7);
assert.strictEqual(d.writableHighWaterMark, 7);
// A Readable ignores readableHighWaterMark.
assert.strictEqual(new Readable({ readableHighWaterMark: 5 }).readableHighWaterMark, 16384);
