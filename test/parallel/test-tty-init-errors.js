'use strict';
// tty.isatty is false for anything but a terminal's fd (and for values
// that are no fd at all); tty.ReadStream/WriteStream refuse a bad fd with
// ERR_INVALID_FD and a non-terminal one with ERR_TTY_INIT_FAILED, carrying
// libuv's reason.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tty = require('tty');

for (const value of [-1, 1.5, '1', null, undefined, {}, 2 ** 31, NaN]) {
  assert.strictEqual(tty.isatty(value), false);
}

const fd = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(fd), false);

for (const Stream of [tty.ReadStream, tty.WriteStream]) {
  for (const bad of [-1, 1.5, '0']) {
    assert.throws(() => new Stream(bad), {
      code: 'ERR_INVALID_FD',
      name: 'RangeError',
      message: `"fd" must be a positive integer: ${bad}`,
    });
  }
  // Not a terminal: uv_tty_init says EINVAL.
  assert.throws(() => new Stream(fd), (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
    assert.strictEqual(err.message, 'TTY initialization failed: ' +
      'uv_tty_init returned EINVAL (invalid argument)');
    assert.deepStrictEqual(err.info, {
      errno: -22, code: 'EINVAL', message: 'invalid argument',
      syscall: 'uv_tty_init',
    });
    assert.strictEqual(err.errno, -22);
    assert.strictEqual(err.syscall, 'uv_tty_init');
    return true;
  });
}
fs.closeSync(fd);

// Callable without `new`, as node's.
assert.throws(() => tty.WriteStream(-1), { code: 'ERR_INVALID_FD' });
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
assert.strictEqual(Object.getPrototypeOf(tty.ReadStream.prototype),
                   require('net').Socket.prototype);
assert.strictEqual(Object.getPrototypeOf(tty.WriteStream.prototype),
                   require('net').Socket.prototype);
