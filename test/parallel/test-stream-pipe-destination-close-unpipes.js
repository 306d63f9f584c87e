'use strict';
// A destination that closes early is unpiped; the source is left paused and
// not destroyed.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = new Readable({ read() {} });
const dst = new Writable({ write(chunk, encoding, cb) { cb(); } });
src.pipe(dst);
dst.on('unpipe', common.mustCall());
dst.destroy();
dst.on('close', common.mustCall(() => {
  assert.strictEqual(src._readableState.pipes.length, 0);
  assert.strictEqual(src.readableFlowing, false);
  assert.strictEqual(src.destroyed, false);
}));
