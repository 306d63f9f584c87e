'use strict';
// A stream of the pipeline that closes before finishing fails it with
// ERR_STREAM_PREMATURE_CLOSE.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, pipeline } = require('stream');

const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, dst, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  assert.strictEqual(err.message, 'Premature close');
  assert.strictEqual(src.destroyed, true);
}));
dst.destroy();
