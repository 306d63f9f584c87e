'use strict';
// destroy(err) marks the stream destroyed at once and emits 'error' then
// 'close' on the next tick; a second destroy() is ignored.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const events = [];
const err = new Error('boom');
r.on('error', common.mustCall((e) => {
  assert.strictEqual(e, err);
  events.push('error');
}));
r.on('close', common.mustCall(() => events.push('close')));

r.destroy(err);
r.destroy(new Error('second'));
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.errored, err);
assert.strictEqual(r.readableAborted, true);
assert.strictEqual(r.readable, false);
assert.strictEqual(r.push('x'), false);
assert.deepStrictEqual(events, []);
process.nextTick(common.mustCall(() => {
  assert.deepStrictEqual(events, ['error', 'close']);
  assert.strictEqual(r.closed, true);
}));
