'use strict';
// push() after push(null) destroys the stream with ERR_STREAM_PUSH_AFTER_EOF.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', common.expectsError({
  code: 'ERR_STREAM_PUSH_AFTER_EOF',
  name: 'Error',
  message: 'stream.push() after EOF',
}));
r.on('close', common.mustCall());
r.push(null);
assert.strictEqual(r.push('late'), false);
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.errored.code, 'ERR_STREAM_PUSH_AFTER_EOF');
