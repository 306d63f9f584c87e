'use strict';
// readline/promises' Readline queues cursorTo/moveCursor/clearLine/
// clearScreenDown until commit() writes them at once (rollback() drops
// them); with autoCommit each is written on the next tick. Arguments are
// validated as node does.
const common = require('../common');
const assert = require('assert');
const { Readline } = require('readline/promises');
const { PassThrough, Readable, Writable } = require('stream');

function sink() {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      stream.written += chunk;
      cb();
    },
  });
  stream.written = '';
  return stream;
}

for (const bad of [undefined, 5, {}, { write() {}, on() {} },
                   new Readable({ read() {} })]) {
  assert.throws(() => new Readline(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => new Readline(sink(), { autoCommit: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.autoCommit" property must be of type boolean. ' +
    "Received type string ('yes')",
});
assert.throws(() => Readline(sink()), TypeError);

const stream = sink();
const rl = new Readline(stream);
assert.throws(() => rl.cursorTo('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => rl.cursorTo(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => rl.cursorTo(1, '2'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => rl.moveCursor(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dy" argument must be of type number. Received undefined',
});
assert.throws(() => rl.clearLine(2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "dir" is out of range. It must be >= -1 && <= 1. ' +
    'Received 2',
});
assert.throws(() => rl.clearLine(), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(rl.cursorTo(5), rl);
assert.strictEqual(rl.rollback(), rl);
assert.strictEqual(rl.moveCursor(0, 0), rl); // nothing to queue
assert.strictEqual(rl.cursorTo(2, 3).moveCursor(1, -1).clearLine(0)
  .clearLine(-1).clearLine(1).clearScreenDown(), rl);
assert.strictEqual(stream.written, '');

const auto = sink();
const rlAuto = new Readline(auto, { autoCommit: true });
rlAuto.cursorTo(0).clearLine(1);
assert.strictEqual(auto.written, '');

rl.commit().then(common.mustCall(() => {
  assert.strictEqual(stream.written,
                     '\x1b[4;3H\x1b[1C\x1b[1A\x1b[2K\x1b[1K\x1b[0K\x1b[0J');
  assert.strictEqual(auto.written, '\x1b[1G\x1b[0K');
  stream.written = '';
  return rl.commit();
})).then(common.mustCall(() => {
  assert.strictEqual(stream.written, '');
}));

// Any writable stream will do.
assert.ok(new Readline(new PassThrough()));
