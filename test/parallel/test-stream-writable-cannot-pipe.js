'use strict';
// A Writable cannot be piped from: pipe() fails with ERR_STREAM_CANNOT_PIPE.
const common = require('../common');
const { Writable } = require('stream');

const w = new Writable({ write() {} });
w.on('error', common.expectsError({
  code: 'ERR_STREAM_CANNOT_PIPE',
  name: 'Error',
  message: 'Cannot pipe, not readable',
}));
w.pipe(new Writable({ write() {} }));
