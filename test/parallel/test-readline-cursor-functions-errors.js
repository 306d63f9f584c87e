'use strict';
// Argument errors of the readline cursor functions.
require('../common');
const assert = require('assert');
const readline = require('readline');

const stream = { write() { return true; } };

assert.throws(() => readline.cursorTo(stream, NaN), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'x' is invalid. Received NaN",
});
assert.throws(() => readline.cursorTo(stream, 1, NaN), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'y' is invalid. Received NaN",
});
assert.throws(() => readline.cursorTo(stream, undefined, 2), {
  code: 'ERR_INVALID_CURSOR_POS',
  name: 'TypeError',
  message: 'Cannot set cursor row without setting its column',
});
assert.throws(() => readline.cursorTo(stream, '1', 2), {
  code: 'ERR_INVALID_CURSOR_POS',
});
for (const fn of [
  () => readline.cursorTo(stream, 1, 2, 'cb'),
  () => readline.moveCursor(stream, 1, 1, 'cb'),
  () => readline.clearLine(stream, 0, 'cb'),
  () => readline.clearScreenDown(stream, 'cb'),
]) {
  assert.throws(fn, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "callback" argument must be of type function. ' +
      "Received type string ('cb')",
  });
}
// Invalid callbacks are rejected even when nothing would be written.
assert.throws(() => readline.clearLine(null, 0, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received null',
});
