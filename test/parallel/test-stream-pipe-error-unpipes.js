'use strict';
// An error on the destination unpipes it (the source pauses) and still
// reaches the destination's own 'error' listeners.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = new Readable({ read() {} });
const dst = new Writable({
  write(chunk, encoding, cb) { cb(new Error('dst failed')); },
});
dst.on('unpipe', common.mustCall());
dst.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'dst failed');
  assert.strictEqual(src._readableState.pipes.length, 0);
  assert.strictEqual(src.readableFlowing, false);
  assert.strictEqual(src.destroyed, false);
}));
src.pipe(dst);
src.push('x');
