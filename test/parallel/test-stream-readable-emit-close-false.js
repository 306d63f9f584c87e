'use strict';
// emitClose: false suppresses 'close' but the stream is still destroyed.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {}, emitClose: false });
r.on('close', common.mustNotCall());
r.destroy(null, common.mustCall(() => {
  assert.strictEqual(r.destroyed, true);
}));
setImmediate(common.mustCall(() => {
  assert.strictEqual(r.closed, true);
  assert.strictEqual(r._readableState.closeEmitted, true);
}));
