'use strict';
// A Readable without _read fails with ERR_METHOD_NOT_IMPLEMENTED when read.
const common = require('../common');
const { Readable } = require('stream');

const r = new Readable();
r.on('error', common.expectsError({
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  name: 'Error',
  message: 'The _read() method is not implemented',
}));
r.on('close', common.mustCall());
r.read();
