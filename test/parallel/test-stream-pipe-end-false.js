'use strict';
// pipe(dest, { end: false }) leaves the destination open after the source
// ends.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = Readable.from(['x']);
const dst = new Writable({ write(chunk, encoding, cb) { cb(); } });
dst.on('finish', common.mustNotCall());
src.pipe(dst, { end: false });
src.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.strictEqual(dst.writableEnded, false);
    assert.strictEqual(dst.writable, true);
  }));
}));
