'use strict';
// An error from _write goes to that write's callback, then destroys the
// stream with it; writes queued behind it fail with it too.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  write(chunk, encoding, cb) {
    setImmediate(() => cb(new Error('write failed')));
  },
});
const events = [];
w.write('a', common.mustCall((err) => events.push(`a:${err.message}`)));
w.write('b', common.mustCall((err) => events.push(`b:${err.message}`)));
w.on('error', common.mustCall((err) => {
  events.push(`error:${err.message}`);
  assert.strictEqual(w.errored, err);
  assert.strictEqual(w.destroyed, true);
}));
w.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, [
    'a:write failed', 'b:write failed', 'error:write failed', 'close',
  ]);
}));
