'use strict';
// isReadable, isWritable, isErrored, isDisturbed and isDestroyed follow a
// stream's life; for non-streams they give null or false.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');

const r = new stream.Readable({ read() {} });
assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isWritable(r), null);
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isDestroyed(r), false);
r.on('error', common.mustCall(() => {
  // Errored once the error has been emitted.
  assert.strictEqual(stream.isErrored(r), true);
}));
r.destroy(new Error('x'));
assert.strictEqual(stream.isReadable(r), false);
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isDestroyed(r), true);

const w = new stream.Writable({ write(c, e, cb) { cb(); } });
assert.strictEqual(stream.isWritable(w), true);
w.end();
assert.strictEqual(stream.isWritable(w), false);

assert.strictEqual(stream.isReadable({}), null);
assert.strictEqual(stream.isWritable({}), null);
assert.strictEqual(stream.isDestroyed({}), null);
assert.strictEqual(stream.isErrored({}), false);
assert.strictEqual(stream.isDisturbed({}), false);
