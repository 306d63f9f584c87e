'use strict';
// With autoDestroy: false the stream is not destroyed after 'end', and an
// error is emitted without destroying it.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {}, autoDestroy: false });
r.on('close', common.mustNotCall());
r.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.strictEqual(r.destroyed, false);
    assert.strictEqual(r.readableEnded, true);
  }));
}));
r.push(null);
r.resume();

const e = new Readable({ read() {}, autoDestroy: false });
e.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  assert.strictEqual(e.destroyed, false);
  assert.strictEqual(e.errored, err);
}));
e.push(null);
e.push('x');
