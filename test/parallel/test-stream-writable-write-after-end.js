'use strict';
// write() after end() fails with ERR_STREAM_WRITE_AFTER_END: the callback
// gets it and the stream emits it (and is destroyed).
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
const check = {
  code: 'ERR_STREAM_WRITE_AFTER_END',
  name: 'Error',
  message: 'write after end',
};
w.on('error', common.expectsError(check));
assert.strictEqual(w.write('x', common.expectsError(check)), false);
assert.strictEqual(w.destroyed, true);
