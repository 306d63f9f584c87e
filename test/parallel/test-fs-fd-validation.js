'use strict';
// File descriptors must be int32 values >= 0.
require('../common');
const assert = require('assert');
const fs = require('fs');

assert.throws(() => fs.closeSync('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "fd" argument must be of type number. Received type string ' +
           "('1')",
});
assert.throws(() => fs.fstatSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "fd" is out of range. It must be >= 0 && ' +
           '<= 2147483647. Received -1',
});
assert.throws(() => fs.fsyncSync(2 ** 31), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && ' +
           '<= 2147483647. Received 2147483648',
});
assert.throws(() => fs.closeSync(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be an integer. ' +
           'Received 1.5',
});
assert.throws(() => fs.close(null, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync('x', Buffer.alloc(1)),
              { code: 'ERR_INVALID_ARG_TYPE' });

// A well-formed but closed fd is EBADF, with no path.
assert.throws(() => fs.fstatSync(2 ** 30), {
  code: 'EBADF',
  syscall: 'fstat',
  message: 'EBADF: bad file descriptor, fstat',
});
