'use strict';
// stream.destroy(s, err) destroys any stream-like object: a node stream (an
// unfinished one with an AbortError when no error is given) or a legacy
// stream, which gets 'error' and 'close' emitted.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');

const r = new stream.Readable({ read() {} });
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
}));
stream.destroy(r);
assert.strictEqual(r.destroyed, true);

const legacy = new stream.Stream();
const events = [];
legacy.on('error', common.mustCall((err) => events.push(`error:${err.message}`)));
legacy.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, ['error:legacy', 'close']);
}));
stream.destroy(legacy, new Error('legacy'));
assert.strictEqual(legacy[Symbol.for('nodejs.stream.destroyed')], true);
assert.strictEqual(stream.isDestroyed(legacy), true);
