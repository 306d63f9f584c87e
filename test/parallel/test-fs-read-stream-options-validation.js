'use strict';
// createReadStream / createWriteStream validate their options up front.
require('../common');
const assert = require('assert');
const fs = require('fs');

assert.throws(() => fs.createReadStream(__filename, { start: 5, end: 1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" ' +
           '(here: 1). Received 5',
});
assert.throws(() => fs.createReadStream(__filename, { start: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be >= 0 && ' +
           '<= 9007199254740991. Received -1',
});
assert.throws(() => fs.createReadStream(__filename, { end: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "end" argument must be of type number. Received type ' +
           "string ('a')",
});
assert.throws(() => fs.createReadStream(__filename, { start: 1.5 }), {
  code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => fs.createReadStream(__filename, { fd: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fd" property must be of type number or an instance ' +
           "of FileHandle. Received type string ('a')",
});
assert.throws(() => fs.createReadStream(__filename, { fs: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fs.open" property must be of type function. ' +
           'Received undefined',
});
assert.throws(() => fs.createReadStream(__filename,
                                        { fs: { open() {}, read() {} } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "options\.fs\.close" property/,
});
assert.throws(() => fs.createReadStream(__filename, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.createReadStream(__filename, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => fs.createReadStream(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of ' +
           'Buffer or URL. Received type number (5)',
});
assert.throws(() => fs.createWriteStream(__filename + '.x', { start: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "start" argument must be of type number. Received type ' +
           "string ('a')",
});
assert.throws(() => fs.createWriteStream(__filename + '.x', { flush: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.flush" property must be of type boolean. Received ' +
           'type number (1)',
});
assert.throws(() => fs.createWriteStream(__filename + '.x', {
  fs: { open() {}, write() {}, close() {}, writev: 1 },
}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.fs.writev" property must be of type function. ' +
           'Received type number (1)',
});
// Callable without new.
assert.ok(fs.ReadStream(__filename, { fd: 0, autoClose: false }) instanceof
          fs.ReadStream);
