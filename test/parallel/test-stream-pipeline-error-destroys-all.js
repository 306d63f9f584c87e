'use strict';
// An error in any stream of a pipeline destroys all of them and reaches the
// callback (once).
const common = require('../common');
const assert = require('assert');
const { Readable, PassThrough, Writable, pipeline } = require('stream');

const src = new Readable({ read() {} });
const mid = new PassThrough();
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, mid, dst, common.mustCall((err) => {
  assert.strictEqual(err.message, 'middle failed');
  assert.strictEqual(src.destroyed, true);
  assert.strictEqual(mid.destroyed, true);
  assert.strictEqual(dst.destroyed, true);
}));
src.push('x');
setImmediate(() => mid.destroy(new Error('middle failed')));
