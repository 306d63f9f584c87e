'use strict';
// 'close' before the end is ERR_STREAM_PREMATURE_CLOSE for finished(); an
// error is reported as itself.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, finished } = require('stream');

const r = new Readable({ read() {} });
finished(r, common.expectsError({
  code: 'ERR_STREAM_PREMATURE_CLOSE',
  name: 'Error',
  message: 'Premature close',
}));
r.destroy();

const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
finished(w, common.mustCall((err) => {
  assert.strictEqual(err.message, 'write failed');
}));
w.write('x');

// With { error: false } errors are not reported by themselves; the close
// that follows is.
const e = new Readable({ read() {} });
e.on('error', common.mustCall());
finished(e, { error: false }, common.mustCall((err) => {
  assert.strictEqual(err.message, 'quiet');
}));
e.destroy(new Error('quiet'));
