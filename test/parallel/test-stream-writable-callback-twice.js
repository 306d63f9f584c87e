'use strict';
// Calling _write's callback twice is ERR_MULTIPLE_CALLBACK.
const common = require('../common');
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, encoding, cb) {
    cb();
    cb();
  },
});
w.on('error', common.expectsError({
  code: 'ERR_MULTIPLE_CALLBACK',
  name: 'Error',
  message: 'Callback called multiple times',
}));
w.write('x');
