'use strict';
// write() after destroy() gives ERR_STREAM_DESTROYED to the callback only
// (no 'error' event); end()'s callback is never called.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write: common.mustNotCall() });
w.on('error', common.mustNotCall());
w.destroy();
assert.strictEqual(w.write('x', common.expectsError({
  code: 'ERR_STREAM_DESTROYED',
  name: 'Error',
  message: 'Cannot call write after a stream was destroyed',
})), false);
w.end(common.mustNotCall());
w.on('close', common.mustCall());
