'use strict';
// unshift() after 'end' fails with ERR_STREAM_UNSHIFT_AFTER_END_EVENT.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('end', common.mustCall(() => {
  r.unshift('late');
}));
r.on('error', common.expectsError({
  code: 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
  name: 'Error',
  message: 'stream.unshift() after end event',
}));
r.resume();
r.push('a');
r.push(null);
