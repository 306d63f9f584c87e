'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown write ANSI
// sequences and return what stream.write returned, passing the callback
// to it; with no stream or nothing to do they return true and call the
// callback (with null) on the next tick.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');

const writes = [];
const stream = {
  write(data, cb) {
    writes.push([data, cb]);
    return 'from write';
  },
};
function written(fn) {
  writes.length = 0;
  const result = fn();
  assert.strictEqual(result, 'from write');
  assert.strictEqual(writes.length, 1);
  return writes[0][0];
}

assert.strictEqual(written(() => readline.cursorTo(stream, 3)), '\x1b[4G');
assert.strictEqual(written(() => readline.cursorTo(stream, 3, 4)),
                   '\x1b[5;4H');
assert.strictEqual(written(() => readline.cursorTo(stream, 0, 0)),
                   '\x1b[1;1H');
assert.strictEqual(written(() => readline.moveCursor(stream, 2, 0)),
                   '\x1b[2C');
assert.strictEqual(written(() => readline.moveCursor(stream, -2, -3)),
                   '\x1b[2D\x1b[3A');
assert.strictEqual(written(() => readline.moveCursor(stream, 0, 5)),
                   '\x1b[5B');
assert.strictEqual(written(() => readline.clearLine(stream, -1)), '\x1b[1K');
assert.strictEqual(written(() => readline.clearLine(stream, 1)), '\x1b[0K');
assert.strictEqual(written(() => readline.clearLine(stream, 0)), '\x1b[2K');
assert.strictEqual(written(() => readline.clearLine(stream)), '\x1b[2K');
assert.strictEqual(written(() => readline.clearScreenDown(stream)),
                   '\x1b[0J');

// The callback goes to write; cursorTo takes it in place of y too.
const cb = () => {};
written(() => readline.cursorTo(stream, 1, cb));
assert.strictEqual(writes[0][0], '\x1b[2G');
assert.strictEqual(writes[0][1], cb);
written(() => readline.clearScreenDown(stream, cb));
assert.strictEqual(writes[0][1], cb);

// Nothing to write.
writes.length = 0;
assert.strictEqual(readline.moveCursor(stream, 0, 0, common.mustCall((err) => {
  assert.strictEqual(err, null);
})), true);
assert.strictEqual(readline.cursorTo(stream), true);
assert.strictEqual(readline.cursorTo(stream, 'a'), true);
assert.strictEqual(readline.cursorTo(null, 1, common.mustCall()), true);
assert.strictEqual(readline.moveCursor(undefined, 1, 1), true);
assert.strictEqual(readline.clearLine(null, 0, common.mustCall()), true);
assert.strictEqual(readline.clearScreenDown(undefined, common.mustCall()),
                   true);
assert.strictEqual(writes.length, 0);
