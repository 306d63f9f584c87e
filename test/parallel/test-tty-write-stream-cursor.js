'use strict';
// tty.WriteStream's cursor methods write readline's escape sequences to the
// stream itself and call back; getWindowSize() is [columns, rows].
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');
const { WriteStream } = require('tty');

const written = [];
const stream = new Writable({
  write(chunk, encoding, cb) {
    written.push(chunk.toString());
    cb();
  },
});
const { cursorTo, moveCursor, clearLine, clearScreenDown, getWindowSize } =
  WriteStream.prototype;

assert.strictEqual(cursorTo.call(stream, 3, 5, common.mustCall()), true);
assert.strictEqual(cursorTo.call(stream, 7), true);
assert.strictEqual(moveCursor.call(stream, -2, 4, common.mustCall()), true);
assert.strictEqual(moveCursor.call(stream, 1, -1), true);
assert.strictEqual(clearLine.call(stream, -1, common.mustCall()), true);
assert.strictEqual(clearLine.call(stream, 1), true);
assert.strictEqual(clearLine.call(stream, 0), true);
assert.strictEqual(clearScreenDown.call(stream, common.mustCall()), true);
assert.deepStrictEqual(written, [
  '\x1b[6;4H', '\x1b[8G', '\x1b[2D\x1b[4B', '\x1b[1C\x1b[1A',
  '\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[0J',
]);

assert.throws(() => cursorTo.call(stream, NaN), {
  code: 'ERR_INVALID_ARG_VALUE',
});
// Neither coordinate a number: nothing to do.
assert.strictEqual(cursorTo.call(stream, 'a'), true);
assert.strictEqual(written.length, 8);
assert.deepStrictEqual(getWindowSize.call({ columns: 80, rows: 24 }),
                       [80, 24]);
